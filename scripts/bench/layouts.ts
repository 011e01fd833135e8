/**
 * `npm run bench:pdf -- --layouts N`: the PDF reader's golden property on N layouts spread
 * over every producer, and the figures it writes (docs/figures/pdf-layouts.json) with the
 * passages of docs/importing.md and README.md that quote them, rewritten from the JSON so
 * that no figure is typed by hand (tests/unit/pdf-layouts-figures.test.ts holds them to it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixtureLetters, tryProducer } from '../pdf-layouts.ts';
import { PDF_PRODUCERS, PRODUCER_NAMES, type ProducerName } from '../pdf-producers.ts';

export interface LayoutFailure {
  seed: number;
  /** The letter's file. */
  letter: string;
  /** The first difference between the MDX read and the MDX of the text, or why it was refused. */
  failure: string;
  /** Refused by the reader, saying why: no letter written, so none wrong. */
  refused?: true;
}

export interface ProducerResult {
  producer: ProducerName;
  tried: number;
  passed: number;
  /** Of the failures, how many the reader refused (the rest it read wrong). */
  refused: number;
  failures: LayoutFailure[];
  /** Why the producer was not tried here (soffice missing); its seeds went to the others. */
  absent?: string;
}

export interface LayoutsFigures {
  /** How many layouts were tried: seeds 1 to this. */
  layouts: number;
  producers: ProducerResult[];
}

/**
 * Seeds 1 to `count`, each with a producer (in turn, among those that can run) and a
 * letter of the fixture tree (in turn). The producers run side by side: Chromium and
 * soffice print in processes of their own while Node reads.
 */
export async function layoutsBench(
  count: number,
  names: readonly ProducerName[] = PRODUCER_NAMES,
): Promise<ProducerResult[]> {
  const letters = fixtureLetters().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const absent = names.flatMap((name) => {
    const why = PDF_PRODUCERS[name].absence();
    return why ? [{ producer: name, tried: 0, passed: 0, refused: 0, failures: [], absent: why }] : [];
  });
  const running = names.filter((name) => !absent.some((a) => a.producer === name));
  const results = await Promise.all(
    running.map(async (name, p): Promise<ProducerResult> => {
      const jobs: Array<{ path: string; text: string; seed: number }> = [];
      for (let seed = p + 1; seed <= count; seed += running.length)
        jobs.push({ ...letters[(seed - 1) % letters.length]!, seed });
      const trials = await tryProducer(PDF_PRODUCERS[name], jobs);
      const failures = trials.flatMap(({ seed, failure, refused }, i) =>
        failure ? [{ seed, letter: jobs[i]!.path, failure, ...(refused ? { refused } : {}) }] : [],
      );
      const refused = failures.filter((failure) => failure.refused).length;
      return { producer: name, tried: jobs.length, passed: jobs.length - failures.length, refused, failures };
    }),
  );
  return [...results, ...absent];
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
export const FIGURES_FILE = here('../../docs/figures/pdf-layouts.json');
/** The documents that quote the figures, each between a pair of marks. */
export const QUOTED_IN = { importing: here('../../docs/importing.md'), readme: here('../../README.md') };

const PRODUCER_TITLES: Record<ProducerName, string> = {
  pdfkit: 'pdfkit (our generator)',
  chromium: "Chromium's print",
  libreoffice: 'LibreOffice Writer',
};
const number = (n: number) => n.toLocaleString('en-GB');
const passedOf = ({ passed, tried }: ProducerResult) => `${number(passed)} of ${number(tried)}`;
/** What became of the layouts that did not read back: refused (saying why) or read wrong. */
const restOf = ({ failures, refused }: ProducerResult) =>
  failures.length
    ? ` (of the other ${number(failures.length)}, ${number(refused)} refused, saying why, and ${number(failures.length - refused)} read wrong)`
    : '';

/** The passage docs/importing.md quotes: each producer's layouts read back exactly. */
export function importingPassage({ layouts, producers }: LayoutsFigures): string {
  const items = producers.map((result) =>
    result.absent
      ? `- ${PRODUCER_TITLES[result.producer]}: not tried, ${result.absent}`
      : `- ${PRODUCER_TITLES[result.producer]}: ${passedOf(result)} layouts read back to exactly the MDX of their text${restOf(result)}`,
  );
  return [
    `The last \`npm run bench:pdf -- --layouts ${layouts}\` (its figures, with each failing seed,`,
    'its letter and the first difference, are in',
    '[figures/pdf-layouts.json](figures/pdf-layouts.json)):',
    '',
    ...items,
  ].join('\n');
}

/** The README's line: what each producer's layouts came to, read, refused or read wrong. */
export function readmePassage({ layouts, producers }: LayoutsFigures): string {
  const list = (parts: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(parts);
  const tried = producers.filter((result) => !result.absent);
  const absent = producers.filter((result) => result.absent);
  const read = tried.map(
    (result, i) => `${passedOf(result)}${i ? '' : ' layouts'} by ${PRODUCER_TITLES[result.producer]}`,
  );
  const others = tried.some((result) => result.failures.length)
    ? `; of the others it refused ${list(tried.map((r) => number(r.refused)))}, saying why, and read ` +
      `${list(tried.map((r) => number(r.failures.length - r.refused)))} wrong`
    : '';
  const untried = absent.length
    ? `; ${list(absent.map((result) => PRODUCER_TITLES[result.producer]))} could not run there`
    : '';
  return (
    `The PDF reader's last \`npm run bench:pdf -- --layouts ${layouts}\` read back exactly ${list(read)}${others}${untried} ` +
    `([docs/importing.md](docs/importing.md#trying-the-reader-on-pdfs-from-other-producers)).`
  );
}

const MARKS = { start: '<!-- pdf-layouts figures: start -->', end: '<!-- pdf-layouts figures: end -->' };

/** The passage between a document's marks, or undefined where it has none. */
export function quotedPassage(doc: string): string | undefined {
  const from = doc.indexOf(MARKS.start);
  const to = doc.indexOf(MARKS.end);
  return from < 0 || to < from ? undefined : doc.slice(from + MARKS.start.length, to).trim();
}

function withPassage(doc: string, passage: string): string {
  if (quotedPassage(doc) === undefined) throw new Error(`no ${MARKS.start} … ${MARKS.end} marks`);
  const from = doc.indexOf(MARKS.start) + MARKS.start.length;
  // Blank lines around the passage, as Prettier keeps them: `npm run format` leaves it be.
  return `${doc.slice(0, from)}\n\n${passage}\n\n${doc.slice(doc.indexOf(MARKS.end))}`;
}

/** Writes the figures' JSON and rewrites the passages quoting them. */
export function writeFigures(figures: LayoutsFigures) {
  writeFileSync(FIGURES_FILE, `${JSON.stringify(figures, null, 2)}\n`);
  for (const [name, file] of Object.entries(QUOTED_IN)) {
    const passage = name === 'readme' ? readmePassage(figures) : importingPassage(figures);
    writeFileSync(file, withPassage(readFileSync(file, 'utf8'), passage));
  }
}
