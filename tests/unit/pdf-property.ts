/**
 * The PDF reader's golden property, one test file per producer
 * (tests/unit/pdf-layouts-<producer>.test.ts, so Vitest runs them side by side): every
 * letter of the fixture tree (the real letters' published texts in
 * tests/fixtures/published/ and the fixture archive's in tests/fixtures/sources/), typeset
 * as a PDF by the producer in SEEDS_PER_LETTER layouts of its own, reads back to exactly
 * the MDX its text gives (425 layouts per producer on a fixture tree of 17).
 *
 * A layout listed in KNOWN_FAILING (tests/unit/pdf-known-failing.json,
 * scripts/pdf-known-failing.ts) must instead still fail exactly as listed: one that starts
 * to read fails its test until its entry goes. A producer that cannot run here (no soffice)
 * is named by a passing test that says so.
 *
 * The PDFs are made once and cached (scripts/pdf-producers.ts), so only the first run on a
 * machine makes them; every run reads them all.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { KNOWN_FAILING } from '../../scripts/pdf-known-failing.ts';
import {
  fixtureLetters,
  layoutKey,
  propertyJobs,
  SEEDS_PER_LETTER,
  tryProducer,
  type LayoutTrial,
} from '../../scripts/pdf-layouts.ts';
import { PDF_PRODUCERS, type ProducerName } from '../../scripts/pdf-producers.ts';

export const LETTERS = fixtureLetters();

/** The property's tests for one producer: call at the top of its test file. */
export function layoutTests(name: ProducerName) {
  const producer = PDF_PRODUCERS[name];
  const absent = producer.absence();
  const known = KNOWN_FAILING[name] ?? {};
  if (absent) {
    test(`the ${name} producer is not installed here, so its PDFs are not tried: ${absent}`, () => {
      expect(producer.absence()).toBe(absent);
    });
    return;
  }
  const jobs = propertyJobs(LETTERS);
  const trials = new Map<string, LayoutTrial>();
  // Every PDF is made (or taken from the cache) and read once, in one go.
  beforeAll(async () => {
    for (const [i, trial] of (await tryProducer(producer, jobs)).entries())
      trials.set(layoutKey(jobs[i]!), trial);
  }, 900_000);

  test(`types every letter of the fixture tree in ${SEEDS_PER_LETTER} layouts of its own`, () => {
    expect(LETTERS.filter((path) => path.includes('/published/')).length).toBeGreaterThanOrEqual(2);
    expect(LETTERS.filter((path) => path.includes('/sources/')).length).toBeGreaterThanOrEqual(10);
    expect(new Set(jobs.map((job) => job.seed)).size).toBe(LETTERS.length * SEEDS_PER_LETTER);
    expect(trials.size).toBe(jobs.length);
  });

  test(`every layout KNOWN_FAILING lists for ${name} is one of these`, () => {
    expect(Object.keys(known).filter((key) => !trials.has(key))).toEqual([]);
  });

  describe.each(LETTERS)(`%s typeset by ${name}`, (path) => {
    const seeds = jobs.filter((job) => job.path === path).map((job) => job.seed);
    const reads = seeds.filter((seed) => !(layoutKey({ path, seed }) in known));
    const fails = seeds.filter((seed) => layoutKey({ path, seed }) in known);
    if (reads.length)
      test.each(reads)('seed %i reads back to the MDX of its text', (seed) => {
        const trial = trials.get(layoutKey({ path, seed }));
        expect(trial?.failure).toBeUndefined();
        expect(trial?.read).toBeDefined();
      });
    if (fails.length)
      test.each(fails)(
        'seed %i, which the reader does not read yet, still fails as KNOWN_FAILING says',
        (seed) => {
          const key = layoutKey({ path, seed });
          const failure = trials.get(key)?.failure;
          const change =
            failure === undefined ? 'now reads exactly: take it out of' : 'fails another way than';
          // `npm run bench:pdf -- --known-failing` rewrites the list from a run.
          expect(failure, `${key} ${change} tests/unit/pdf-known-failing.json`).toBe(known[key]);
        },
      );
  });
}
