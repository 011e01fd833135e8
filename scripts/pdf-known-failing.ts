/**
 * The layouts the PDF reader does not read yet, each with how it fails, kept in
 * tests/unit/pdf-known-failing.json as `{ "<producer>": { "<file>#<seed>": "<failure>" } }`.
 * The property tests (tests/unit/pdf-layouts-*.test.ts) hold every other layout to
 * exactly the MDX of its text, and every listed one to failing exactly as listed: a listed
 * layout that starts to read, or fails another way, fails its test until its entry is
 * taken out or rewritten. So the list can only be shrunk knowingly, never passed silently.
 * Once the reader reads every layout, the file is `{}`.
 *
 * `npm run bench:pdf -- --known-failing` tries the tests' layouts and rewrites the file
 * (see knownFailingAfter); a layout that read before and fails now is a regression, named
 * and left out of the list, unless `--add` is given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProducerName } from './pdf-producers.ts';

export type KnownFailing = Partial<Record<ProducerName, Record<string, string>>>;

export const KNOWN_FAILING_FILE = fileURLToPath(
  new URL('../tests/unit/pdf-known-failing.json', import.meta.url),
);

export const readKnownFailing = (file = KNOWN_FAILING_FILE): KnownFailing =>
  JSON.parse(readFileSync(file, 'utf8')) as KnownFailing;

/** The list as the tests read it. */
export const KNOWN_FAILING: KnownFailing = readKnownFailing();

/** Each tried layout's failure (undefined when it read exactly), by file#seed. */
export type Outcomes = Map<string, string | undefined>;

/**
 * The producer's list after a run: entries whose layout now reads go, the others take the
 * failure seen now; a failing layout not listed before is a regression, listed only if
 * `add` (as when a new producer joins the tests).
 */
export function knownFailingAfter(
  before: Record<string, string>,
  outcomes: Outcomes,
  add = false,
): { list: Record<string, string>; regressions: string[] } {
  const list: Record<string, string> = {};
  const regressions: string[] = [];
  for (const [key, failure] of outcomes) {
    if (failure === undefined) continue;
    if (key in before || add) list[key] = failure;
    else regressions.push(`${key}: ${failure}`);
  }
  return { list, regressions };
}

export function writeKnownFailing(list: KnownFailing, file = KNOWN_FAILING_FILE) {
  const kept = Object.fromEntries(Object.entries(list).filter(([, entries]) => Object.keys(entries).length));
  writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`);
}
