/**
 * `npm run bench:pdf -- --layouts N` writes its figures to docs/figures/pdf-layouts.json and
 * rewrites the passages of docs/importing.md and README.md that quote them: no figure there
 * is typed by hand, and these tests fail when a passage says other than the JSON.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  FIGURES_FILE,
  importingPassage,
  QUOTED_IN,
  quotedPassage,
  readmePassage,
  type LayoutsFigures,
} from '../../scripts/bench/layouts.ts';
import { PRODUCER_NAMES } from '../../scripts/pdf-producers.ts';

const figures = JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as LayoutsFigures;

test('the figures name every producer and add up', () => {
  expect(figures.producers.map((result) => result.producer).sort()).toEqual([...PRODUCER_NAMES].sort());
  expect(figures.producers.reduce((sum, result) => sum + result.tried, 0)).toBe(figures.layouts);
  for (const result of figures.producers) {
    expect(result.passed).toBe(result.tried - result.failures.length);
    expect(result.refused).toBe(result.failures.filter((failure) => failure.refused).length);
    for (const failure of result.failures) expect(failure.failure).not.toBe('');
  }
});

test.each([
  ['docs/importing.md', QUOTED_IN.importing, importingPassage],
  ['README.md', QUOTED_IN.readme, readmePassage],
])('%s quotes exactly the figures of docs/figures/pdf-layouts.json', (_, file, passage) => {
  expect(quotedPassage(readFileSync(file, 'utf8'))).toBe(passage(figures));
});

test('each passage says, for every producer, how many of its layouts read back exactly', () => {
  const made: LayoutsFigures = {
    layouts: 1000,
    producers: [
      { producer: 'pdfkit', tried: 500, passed: 500, refused: 0, failures: [] },
      {
        producer: 'chromium',
        tried: 500,
        passed: 497,
        refused: 2,
        failures: [
          { seed: 2, letter: 'a/2010.txt', failure: 'MDX line 9: expected "a", read "b"' },
          { seed: 4, letter: 'a/2010.txt', failure: 'refused: cannot tell …', refused: true },
          { seed: 6, letter: 'a/2011.txt', failure: 'refused: cannot tell …', refused: true },
        ],
      },
      {
        producer: 'libreoffice',
        tried: 0,
        passed: 0,
        refused: 0,
        failures: [],
        absent: 'soffice is not installed',
      },
    ],
  };
  expect(readmePassage(made)).toBe(
    "The PDF reader's last `npm run bench:pdf -- --layouts 1000` read back exactly 500 of 500 layouts " +
      "by pdfkit (our generator) and 497 of 500 by Chromium's print; of the others it refused 0 and 2, " +
      'saying why, and read 0 and 1 wrong; LibreOffice Writer could not run ' +
      'there ([docs/importing.md](docs/importing.md#trying-the-reader-on-pdfs-from-other-producers)).',
  );
  expect(importingPassage(made).split('\n').slice(-3)).toEqual([
    '- pdfkit (our generator): 500 of 500 layouts read back to exactly the MDX of their text',
    "- Chromium's print: 497 of 500 layouts read back to exactly the MDX of their text (of the other 3, 2 refused, saying why, and 1 read wrong)",
    '- LibreOffice Writer: not tried, soffice is not installed',
  ]);
});

test('a document without the marks has no quoted passage', () => {
  expect(quotedPassage('# Nothing quoted here\n')).toBeUndefined();
});
