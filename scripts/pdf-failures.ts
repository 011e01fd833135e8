/**
 * Named failure fixtures: for each way PDFs from producers nobody here wrote were read
 * wrong (issue 27), a function that makes a small PDF showing that one failure, for the
 * reader's unit tests. Each prints FAILURE_LETTER (one page: a letterhead, a grade line
 * stating last year's grade, two paragraphs, a three-item list) in a plain layout that
 * reads back exactly (`failureControls`), changed in one respect only:
 *
 *   wordSymbolBullets                 Word bullets in Symbol: the text layer has U+F0B7 before each item
 *   wordWingdingsBullets              Word bullets in Wingdings: U+F0A7 before each item
 *   chromiumDiscListNoGap             Chromium's CSS disc markers (drawn shapes, no text), items with no gap
 *   textBoxLetterheadBelowRecipient   the letterhead in Word's floating text box, reaching lower than the
 *                                     recipient's last line
 *   hyphenatedOnceWords               "signific-" / "antly" (a word the letter has once) and "19-" /
 *                                     "year-olds" at line ends
 *   dashesRuleBeforePreviousGrade     the text's table rule (a line of dashes) printed under the grade
 *                                     line, before the sentence stating the previous grade
 *   chromiumSoftHyphens               soft hyphens in long words: Chromium draws each unused one as a
 *                                     space glyph and draws the word's rest over it
 *   wordSignatureIntoSignOff          single line spacing: Writer draws the signature picture's top
 *                                     into the line of "Yours sincerely"
 *
 * Every fixture gives `{ name, shows, producer, text, pdf }`: the PDF must read back to the
 * MDX of `text` (scripts/pdf-layouts.ts, mdxOf). `failureFixtures()` makes them all in
 * two batches (one browser, one soffice call). The Word ones need soffice: where it is
 * missing they are left out and `sofficeAbsence()` says why.
 */
import { printPdfs } from './chromium-print.ts';
import { letterDocx, type DocxLayout } from './letter-docx.ts';
import { letterHtml, type HtmlLayout } from './letter-html.ts';
import { convertDocxs, sofficeAbsence } from './soffice-print.ts';

export const FAILURE_LETTER = `

Aviation House
125 Kingsway
London
WC2B 6SE

T 0300 123 1231
Textphone 0161 618 8524
enquiries@ofsted.gov.uk
www.ofsted.gov.uk

Direct T 020 7421 6666
Direct F 020 7421 5633
Juliet.Winstanley@ofsted.gov.uk



9 December 2011

Ms Alex Example
Director of Children's Services
Fernleigh Council
Civic Centre
Market Street
Fernleigh
Fernleighshire XX1 1XX

Dear Ms Example

Annual children's services assessment

Ofsted guidance published in 2011 explains that the annual assessment of children's services is derived from the performance profile of the quality of services and outcomes for children and young people in each local area.

Fernleigh Council children's services assessment 2011

Children's services assessment\tPerforms well (3)
--------------------------------\t-------------------

Children's services in Fernleigh Council perform well, as in 2010. Most settings inspected by Ofsted are good or better, and the council has improved its fostering services significantly since the last inspection of them by inspectors.

More young people than in similar areas stay in education or training, but the gap between 19-year-olds from low-income families and their peers remains wide in the area.

Key areas for further development

- Improve secondary schools so that more are good or better.
- Increase the number of young people who gain qualifications at the age of 19.
- Reduce the time taken to complete important assessments.

This children's services assessment is provided in accordance with section 138 of the Education and Inspections Act 2006.

Yours sincerely

A handwritten signature in black ink that reads "Sam Sample".

Sam Sample
Divisional Manager, Children's Services Assessment
`;

/** Chromium's plain layout: glyph markers with a gap, the letterhead in a grid, no page numbers. */
export const PLAIN_HTML: HtmlLayout = {
  font: 'tinos',
  size: 11,
  leading: 1.3,
  paragraphSpacing: 8,
  margins: { left: 72, right: 72, top: 60, bottom: 72 },
  justify: true,
  marker: 'glyph',
  itemGap: 4,
  letterhead: 'grid',
  pageNumbers: 'none',
  tableBorders: false,
  scaleColumns: [0.06, 0.25, 0.69],
  gradeLine: 'table',
  hyphenate: false,
  signatureImage: true,
  tagged: false,
};

/** Word's plain layout: "•" bullets in the body font, the letterhead right-aligned above the date. */
export const PLAIN_DOCX: DocxLayout = {
  font: 'Liberation Serif',
  size: 11,
  leading: 1.15,
  paragraphSpacing: 8,
  margins: { left: 72, right: 72, top: 60, bottom: 72 },
  justify: false,
  bullet: 'text',
  itemGap: 4,
  letterhead: 'lines',
  pageNumbers: 'none',
  tableBorders: false,
  scaleColumns: [0.07, 0.25, 0.68],
  gradeLine: 'table',
  hyphenate: false,
  signatureImage: true,
  tagged: false,
};

export interface FailureFixture {
  name: string;
  /** What the PDF shows that the reader got wrong. */
  shows: string;
  producer: 'chromium' | 'libreoffice';
  /** The letter's text: the PDF must read back to its MDX. */
  text: string;
  pdf: Uint8Array;
}

type Recipe =
  | { producer: 'chromium'; shows: string; layout: HtmlLayout }
  | { producer: 'libreoffice'; shows: string; layout: DocxLayout };

export const FAILURE_RECIPES = {
  wordSymbolBullets: {
    producer: 'libreoffice',
    shows: "Word's Symbol bullets, read by pdf.js as U+F0B7",
    layout: { ...PLAIN_DOCX, bullet: 'symbol' },
  },
  wordWingdingsBullets: {
    producer: 'libreoffice',
    shows: "Word's Wingdings bullets, read by pdf.js as U+F0A7",
    layout: { ...PLAIN_DOCX, bullet: 'wingdings' },
  },
  chromiumDiscListNoGap: {
    producer: 'chromium',
    shows: "Chromium's CSS disc markers, drawn as shapes, and list items with no gap between them",
    layout: { ...PLAIN_HTML, marker: 'disc', itemGap: 0 },
  },
  textBoxLetterheadBelowRecipient: {
    producer: 'libreoffice',
    shows: "the letterhead in Word's floating text box, reaching lower than the recipient's last line",
    layout: { ...PLAIN_DOCX, letterhead: 'textbox' },
  },
  hyphenatedOnceWords: {
    producer: 'chromium',
    shows: '"signific-" / "antly" (a word the letter has once) and "19-" / "year-olds" at line ends',
    layout: {
      ...PLAIN_HTML,
      lineEnds: [
        { word: 'significantly', at: 8 },
        { word: '19-year-olds', at: 3 },
      ],
    },
  },
  dashesRuleBeforePreviousGrade: {
    producer: 'chromium',
    shows:
      "the text's table rule (a line of dashes) under the grade line, before the previous grade's sentence",
    layout: { ...PLAIN_HTML, ruleUnderGrade: true },
  },
  chromiumSoftHyphens: {
    producer: 'chromium',
    shows:
      'soft hyphens in long words, each unused one drawn as a space glyph with the rest of its word over it',
    layout: { ...PLAIN_HTML, font: 'arimo', size: 10.5, justify: false, hyphenate: true },
  },
  wordSignatureIntoSignOff: {
    producer: 'libreoffice',
    shows: 'the signature picture, in single line spacing, drawn from a little into the line of the sign-off',
    layout: { ...PLAIN_DOCX, font: 'Times New Roman', size: 10, leading: 1, paragraphSpacing: 3.5 },
  },
} satisfies Record<string, Recipe>;
export type FailureName = keyof typeof FAILURE_RECIPES;

/** The plain layouts themselves, which read back exactly: each fixture differs from one in one respect. */
export const CONTROL_RECIPES = {
  chromiumControl: { producer: 'chromium', shows: 'nothing the reader gets wrong', layout: PLAIN_HTML },
  wordControl: { producer: 'libreoffice', shows: 'nothing the reader gets wrong', layout: PLAIN_DOCX },
} satisfies Record<string, Recipe>;

/** PDFs of the recipes: Chromium's in one browser, Word's in one soffice call (left out without soffice). */
async function make(recipes: Record<string, Recipe>): Promise<FailureFixture[]> {
  const entries = Object.entries(recipes);
  const html = entries.flatMap(([name, r]) => (r.producer === 'chromium' ? [{ name, r }] : []));
  const word = sofficeAbsence()
    ? []
    : entries.flatMap(([name, r]) => (r.producer === 'libreoffice' ? [{ name, r }] : []));
  const htmlPdfs = html.length
    ? await printPdfs(html.map(({ r }) => ({ html: letterHtml(FAILURE_LETTER, r.layout as HtmlLayout) })))
    : [];
  const wordPdfs = await convertDocxs(
    await Promise.all(
      word.map(async ({ r }) => ({ docx: await letterDocx(FAILURE_LETTER, r.layout as DocxLayout) })),
    ),
  );
  const made = new Map([
    ...html.map(({ name }, i) => [name, htmlPdfs[i]!] as const),
    ...word.map(({ name }, i) => [name, wordPdfs[i]!] as const),
  ]);
  return entries.flatMap(([name, { producer, shows }]) => {
    const pdf = made.get(name);
    return pdf ? [{ name, shows, producer, text: FAILURE_LETTER, pdf }] : [];
  });
}

/** Every failure fixture, made in two batches. */
export const failureFixtures = (): Promise<FailureFixture[]> => make(FAILURE_RECIPES);
/** The plain layouts the fixtures change, which read back exactly. */
export const failureControls = (): Promise<FailureFixture[]> => make(CONTROL_RECIPES);

const one = (name: FailureName) => async (): Promise<FailureFixture> => {
  const [fixture] = await make({ [name]: FAILURE_RECIPES[name] });
  if (!fixture) throw new Error(`${name} needs LibreOffice: ${sofficeAbsence()}`);
  return fixture;
};
export const wordSymbolBullets = one('wordSymbolBullets');
export const wordWingdingsBullets = one('wordWingdingsBullets');
export const chromiumDiscListNoGap = one('chromiumDiscListNoGap');
export const textBoxLetterheadBelowRecipient = one('textBoxLetterheadBelowRecipient');
export const hyphenatedOnceWords = one('hyphenatedOnceWords');
export const dashesRuleBeforePreviousGrade = one('dashesRuleBeforePreviousGrade');
export const chromiumSoftHyphens = one('chromiumSoftHyphens');
export const wordSignatureIntoSignOff = one('wordSignatureIntoSignOff');
