/**
 * The PDF producers nobody here wrote (scripts/pdf-producers.ts): Chromium's print and
 * LibreOffice Writer make PDFs with the shapes issue 27 found (private-use bullets, drawn
 * list markers, a text-box letterhead, words hyphenated at line ends, a rule of dashes),
 * their layouts vary with the seed, their PDFs are cached and made in batches, and the
 * bench spreads its layouts over them. Each shape is checked on the PDF's own text layer
 * (pdf.js items), not through the reader, which is tried on them in pdf-layouts-<producer>.test.ts
 * and by `npm run bench:pdf`. Where soffice is missing, a passing test says so and only
 * LibreOffice's checks are left out.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, test } from 'vitest';
import { docxLayoutFromSeed } from '../../scripts/letter-docx.ts';
import { htmlLayoutFromSeed } from '../../scripts/letter-html.ts';
import { layoutsBench } from '../../scripts/bench/layouts.ts';
import {
  FAILURE_LETTER,
  FAILURE_RECIPES,
  failureControls,
  failureFixtures,
  type FailureFixture,
} from '../../scripts/pdf-failures.ts';
import { readBack, tryProducer } from '../../scripts/pdf-layouts.ts';
import { PDF_PRODUCERS, PRODUCER_NAMES, producePdfs, type Producer } from '../../scripts/pdf-producers.ts';
import { sofficeAbsence } from '../../scripts/soffice-print.ts';

const NO_SOFFICE = sofficeAbsence();
const WRENFOLD = readFileSync('tests/fixtures/sources/wrenfold/2010.txt', 'utf8');

interface Item {
  str: string;
  x: number;
  /** Down the page from its top, in points. */
  y: number;
  page: number;
}

/** The text items pdf.js finds, in drawing order. */
async function items(pdf: Uint8Array): Promise<Item[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const out: Item[] = [];
  for (let page = 1; page <= doc.numPages; page++) {
    const proxy = await doc.getPage(page);
    const height = proxy.getViewport({ scale: 1 }).height;
    for (const item of (await proxy.getTextContent()).items) {
      if ('str' in item && item.str.trim())
        out.push({ str: item.str, x: item.transform[4], y: height - item.transform[5], page });
    }
  }
  return out;
}

const text = (found: Item[]) => found.map((item) => item.str).join(' ');
const at = (found: Item[], pattern: RegExp) => {
  const item = found.find((i) => pattern.test(i.str));
  expect(item, `a text item matching ${pattern}`).toBeDefined();
  return item!;
};

describe('the failure fixtures', { timeout: 300_000 }, () => {
  const made = new Map<string, FailureFixture>();
  beforeAll(async () => {
    for (const fixture of [...(await failureFixtures()), ...(await failureControls())])
      made.set(fixture.name, fixture);
  }, 300_000);
  const itemsOf = (name: string) => items(made.get(name)!.pdf);

  test('the plain layouts they change read back exactly with the reader as it is', async () => {
    for (const name of ['chromiumControl', ...(NO_SOFFICE ? [] : ['wordControl'])]) {
      const fixture = made.get(name)!;
      expect((await readBack(fixture.pdf, fixture.text)).failure, name).toBeUndefined();
    }
  });

  test('Chromium: disc markers are drawn, not text, and list items follow with no gap', async () => {
    const found = await itemsOf('chromiumDiscListNoGap');
    expect(text(found)).not.toMatch(/[\u2022\u25aa\u25cf\uf0b7]/);
    const firsts = [/^Improve secondary/, /^Increase the number/, /^Reduce the time/].map((p) =>
      at(found, p),
    );
    expect(new Set(firsts.map((item) => Math.round(item.x))).size).toBe(1);
    // One line apart: the body's line height (11 pt × 1.3), with no space between items.
    expect(firsts[1]!.y - firsts[0]!.y).toBeCloseTo(11 * 1.3, 0);
    expect(firsts[2]!.y - firsts[1]!.y).toBeCloseTo(11 * 1.3, 0);
  });

  test('Chromium: "signific-" and "19-" end lines, their rests begin the next', async () => {
    expect(FAILURE_LETTER.match(/significantly/g)).toHaveLength(1);
    const found = await itemsOf('hyphenatedOnceWords');
    for (const [end, start] of [
      [/signific-$/, /^antly /],
      [/ 19-$/, /^year-olds /],
    ] as const) {
      const a = at(found, end);
      const b = at(found, start);
      expect(b.y).toBeGreaterThan(a.y);
    }
  });

  test('Chromium: a rule of dashes stands between the grade line and the previous grade', async () => {
    const found = await itemsOf('dashesRuleBeforePreviousGrade');
    const rule = at(found, /^-{32}/);
    expect(rule.y).toBeGreaterThan(at(found, /^Performs well \(3\)$/).y);
    expect(rule.y).toBeLessThan(at(found, /^Children's services in Fernleigh/).y);
  });

  if (NO_SOFFICE) {
    test(`LibreOffice Writer is not installed here, so its fixtures are not made: ${NO_SOFFICE}`, () => {
      expect(NO_SOFFICE).toMatch(/soffice is not installed/);
      expect([...made.values()].filter((f) => f.producer === 'libreoffice')).toEqual([]);
    });
    return;
  }

  test.each([
    ['wordSymbolBullets', '\uf0b7'],
    ['wordWingdingsBullets', '\uf0a7'],
  ])('LibreOffice: %s put %j before each of the three items', async (name, glyph) => {
    const found = await itemsOf(name);
    expect(text(found).split(glyph)).toHaveLength(4);
  });

  test("LibreOffice: the text box's letterhead reaches lower than the recipient's last line", async () => {
    const found = await itemsOf('textBoxLetterheadBelowRecipient');
    expect(at(found, /^Juliet\.Winstanley@/).y).toBeGreaterThan(at(found, /^Fernleighshire XX1 1XX$/).y);
    expect(at(found, /^Aviation House$/).x).toBeGreaterThan(at(found, /^Ms Alex Example$/).x);
  });

  test('every recipe was made', () => {
    expect([...made.keys()].sort()).toEqual(
      [...Object.keys(FAILURE_RECIPES), 'chromiumControl', 'wordControl'].sort(),
    );
  });
});

describe("the producers' layouts", () => {
  const seeds = Array.from({ length: 200 }, (_, i) => i + 1);
  test.each([
    ['marker', ['disc', 'square', 'glyph']],
    ['letterhead', ['grid', 'flex', 'absolute', 'textbox']],
    ['pageNumbers', ['margin-box', 'browser', 'none']],
    ['tableBorders', [true, false]],
    ['hyphenate', [true, false]],
    ['tagged', [true, false]],
  ] as const)("Chromium's %s takes every value over 200 seeds", (key, values) => {
    expect(new Set<unknown>(seeds.map((seed) => htmlLayoutFromSeed(seed)[key]))).toEqual(
      new Set<unknown>(values),
    );
  });
  test.each([
    ['bullet', ['symbol', 'wingdings', 'text']],
    ['letterhead', ['textbox', 'table', 'lines']],
    ['pageNumbers', ['footer', 'header', 'none']],
    ['tableBorders', [true, false]],
    ['hyphenate', [true, false]],
    ['tagged', [true, false]],
  ] as const)("Word's %s takes every value over 200 seeds", (key, values) => {
    expect(new Set<unknown>(seeds.map((seed) => docxLayoutFromSeed(seed)[key]))).toEqual(
      new Set<unknown>(values),
    );
  });
  test('the same seed gives the same layout', () => {
    expect(htmlLayoutFromSeed(7)).toEqual(htmlLayoutFromSeed(7));
    expect(docxLayoutFromSeed(7)).toEqual(docxLayoutFromSeed(7));
    expect(htmlLayoutFromSeed(7)).not.toEqual(htmlLayoutFromSeed(8));
  });
});

describe('each producer', { timeout: 300_000 }, () => {
  for (const name of PRODUCER_NAMES) {
    const producer = PDF_PRODUCERS[name];
    const absent = producer.absence();
    if (absent) {
      test(`${name} is not installed here, so it is not tried: ${absent}`, () => {
        expect(name).toBe('libreoffice');
        expect(absent).toMatch(/soffice is not installed/);
      });
      continue;
    }
    test(`${name} prints the letter`, async () => {
      const [pdf] = await producePdfs(producer, [{ text: WRENFOLD, seed: 3 }]);
      const found = text(await items(pdf!));
      expect(found).toContain('Wrenfold County Council children');
      expect(found).toContain('Sam Sample');
    });
  }
});

test.each(PRODUCER_NAMES.filter((name) => name !== 'pdfkit' && !PDF_PRODUCERS[name].absence()))(
  'a %s layout drawn tagged prints a tagged PDF (marked content and a structure tree), the others not',
  async (name) => {
    const producer = PDF_PRODUCERS[name];
    const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
    const tagged = seeds.map((seed) => (producer.layout(seed) as { tagged: boolean }).tagged);
    expect(new Set(tagged)).toEqual(new Set([true, false]));
    const pdfs = await producePdfs(
      producer,
      seeds.map((seed) => ({ text: WRENFOLD, seed })),
    );
    const marked = await Promise.all(
      pdfs.map(async (pdf) => {
        const doc = await getDocumentProxy(new Uint8Array(pdf));
        const tree = await (await doc.getPage(1)).getStructTree();
        await doc.loadingTask.destroy();
        return tree !== null && (tree.children?.length ?? 0) > 0;
      }),
    );
    expect(marked).toEqual(tagged);
  },
);

describe('the cache', () => {
  /** A producer that counts what it is asked to make. */
  function counting(): Producer & { calls: number[] } {
    const calls: number[] = [];
    return {
      ...PDF_PRODUCERS.pdfkit,
      calls,
      version: () => 'test',
      batch: 4,
      make: async (jobs) => {
        calls.push(jobs.length);
        return jobs.map(({ seed }) => new TextEncoder().encode(`%PDF-1.7 seed ${seed}`));
      },
    };
  }

  test('makes each PDF once, in batches, and keys it by what the letter prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'letter-pdfs-'));
    const producer = counting();
    const jobs = Array.from({ length: producer.batch + 1 }, (_, i) => ({ text: WRENFOLD, seed: i + 1 }));
    const first = await producePdfs(producer, jobs, dir);
    expect(producer.calls).toEqual([4, 1]);
    const again = await producePdfs(producer, jobs, dir);
    expect(producer.calls).toEqual([4, 1]);
    expect(again.map((pdf) => new TextDecoder().decode(pdf))).toEqual(
      first.map((pdf) => new TextDecoder().decode(pdf)),
    );
    const changed = WRENFOLD.replace('Civic Centre', 'Town Hall');
    await producePdfs(producer, [{ text: changed, seed: 1 }], dir);
    expect(producer.calls).toEqual([4, 1, 1]);
    // The signature note is not printed: a letter that differs only there is the same PDF.
    await producePdfs(
      producer,
      [{ text: WRENFOLD.replace('reads "Sam Sample"', 'reads "S Sample"'), seed: 1 }],
      dir,
    );
    expect(producer.calls).toEqual([4, 1, 1]);
  });
  test('tryProducer asks for the next batch before it reads one, and keeps the jobs in order', async () => {
    const producer = counting();
    // What the trial has done so far, counted by what it asks the producer: each PDF's cache
    // path and each PDF read ask for the text the layout prints.
    let asked = 0;
    const printedText = producer.printedText;
    producer.printedText = (text, seed) => (asked++, printedText(text, seed));
    const askedAtMake: number[] = [];
    const make = producer.make;
    producer.make = (jobs) => (askedAtMake.push(asked), make(jobs));
    const jobs = Array.from({ length: 2 * producer.batch + 1 }, (_, i) => ({ text: WRENFOLD, seed: i + 1 }));
    const trials = await tryProducer(producer, jobs, mkdtempSync(join(tmpdir(), 'letter-pdfs-')));
    expect(producer.calls).toEqual([4, 4, 1]);
    // Made one after another, the second batch would be asked for at 12 (4 paths, 4 reads, 4
    // paths) and the third at 17: the second is asked for before the first is read.
    expect(askedAtMake).toEqual([4, 8, 13]);
    expect(trials.map((trial) => trial.seed)).toEqual(jobs.map((job) => job.seed));
  });
});

describe('npm run bench:pdf -- --layouts', { timeout: 300_000 }, () => {
  test('spreads the seeds over every producer that can run and reports each', async () => {
    const results = await layoutsBench(6);
    const running = results.filter((result) => !result.absent);
    expect(results.map((result) => result.producer).sort()).toEqual([...PRODUCER_NAMES].sort());
    expect(running.reduce((sum, result) => sum + result.tried, 0)).toBe(6);
    expect(new Set(running.map((result) => result.tried)).size).toBe(1);
    for (const result of running) expect(result.passed).toBe(result.tried - result.failures.length);
    expect(results.find((result) => result.producer === 'pdfkit')?.passed).toBe(6 / running.length);
  });

  test('without soffice, LibreOffice is named as not tried and the others still run', () => {
    const run = spawnSync(process.execPath, ['scripts/bench/pdf-import.ts', '--layouts', '3'], {
      encoding: 'utf8',
      env: { ...process.env, CI: '1', SOFFICE_PATH: '/no/such/soffice' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      "PDF layouts by libreoffice: not tried, LibreOffice's soffice is not installed",
    );
    expect(run.stdout).toContain('PDF layouts by pdfkit: 2 of 2 layouts passed');
    expect(run.stdout).toMatch(/^PDF layouts by chromium: [01] of 1 layouts passed$/m);
  });
});
