/**
 * The letter's parts are found by structure, not by the wording of Ofsted's standard
 * paragraphs: letters worded as in 2010 and 2011, in a 2009 style and reworded
 * throughout (scripts/synthetic-letters.ts), and the fixture archive's letters.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gradeLabel, GRADES, type Grade } from '../../src/lib/archive/grades.ts';
import {
  letterBodyLines,
  letterParts,
  letterStandardText,
  sectionOf,
} from '../../src/lib/archive/letter-body.ts';
import { letterMdx } from '../../src/lib/import/mdx/letter-mdx.ts';
import { letterFileBody } from '../../src/lib/archive/frontmatter.ts';
import { parseLetterText } from '../../src/lib/import/text/letter-text.ts';
import { ASSESSMENT_YEARS } from '../../src/lib/archive/years.ts';
import { syntheticLetterText, type SyntheticLetter } from '../../scripts/synthetic-letters.ts';

const bodyOf = (text: string) => {
  const { data, body } = parseLetterText(text);
  return letterFileBody(letterMdx({ ...data, added: '2030-01-31' }, body));
};

const WORDINGS = ['standard', '2009', 'reworded'] as const;

describe('every wording: the same parts found', () => {
  const specs: SyntheticLetter[] = WORDINGS.flatMap((wording, w) =>
    ASSESSMENT_YEARS.flatMap((year, y) =>
      GRADES.map((grade, g) => ({
        authority: ['Upper Oakvale Council', 'St Brede’s Borough Council', 'Ness & Carrow Council'][g % 3]!,
        year,
        grade,
        ...(year > 2009 && g % 2 === 0 ? { statesPrevious: GRADES[(g + 1) % 4] as Grade } : {}),
        wording,
        seed: 1000 + w * 100 + y * 10 + g,
      })),
    ),
  );
  test.each(specs)('$wording $year grade $grade (seed $seed)', (spec) => {
    const text = syntheticLetterText(spec);
    const { data } = parseLetterText(text);
    expect(data.authority).toBe(spec.authority);
    expect(data.year).toBe(spec.year);
    expect(data.grade).toBe(spec.grade);
    expect(data.previous?.grade).toBe(spec.statesPrevious);
    expect(data.previous?.year).toBe(spec.statesPrevious === undefined ? undefined : spec.year - 1);

    const body = bodyOf(text);
    const standard = letterStandardText(body);
    expect(standard.map((s) => s.part)).toEqual(['opening', 'scale', 'statutory']);
    const [opening, scale, statutory] = standard;
    // The opening runs from the subject line to the authority's heading, and holds the scale.
    expect(opening!.lines[0]).toBe(text.split('\n')[text.split('\n').indexOf('Dear Ms Example') + 2]);
    expect(opening!.lines).toEqual(expect.arrayContaining(scale!.lines));
    expect(scale!.lines.slice(1).map((row) => row.split('\t').slice(0, 2).join(' '))).toEqual(
      expect.arrayContaining(GRADES.map((g) => `${g} ${gradeLabel(g)}`)),
    );
    expect(scale!.lines).toHaveLength(5);
    // The statutory sentence is the one before the sign-off, however worded.
    const lines = text.trimEnd().split('\n');
    const signOff = lines.findIndex((line) => /^Yours /.test(line));
    expect(statutory!.lines).toEqual([lines[signOff - 2]]);

    // The assessment's own parts hold none of the standard text, nor the sign-off.
    const parts = letterParts(body);
    expect(parts[0]!.key).toBe('summary');
    expect(JSON.stringify(parts[0]!.blocks[0])).toContain(`Children's services in ${spec.authority}`);
    expect(parts.map((p) => p.key)).not.toContain(undefined);
    const partWords = JSON.stringify(parts);
    for (const line of [...opening!.lines, ...statutory!.lines, lines[signOff]!])
      expect(partWords).not.toContain(JSON.stringify(line).slice(1, -1));
    // Nothing lost: standard text is still in the body's words, in order.
    const all = letterBodyLines(body);
    expect(all.indexOf(opening!.lines[0]!)).toBeLessThan(all.indexOf(statutory!.lines[0]!));
  });
});

describe('the fixture archive', () => {
  const root = 'tests/fixtures/letters';
  const files = readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'));
  test('has letters in each wording', () => {
    const bodies = files.map((f) => readFileSync(`${root}/${f}`, 'utf8'));
    expect(bodies.some((b) => b.includes("children's services rating 2009"))).toBe(true);
    expect(bodies.some((b) => b.includes('The grades used are:'))).toBe(true);
  });
  test.each(files)('%s: opening, scale and statutory sentence are marked, each once', (file) => {
    const body = letterFileBody(readFileSync(`${root}/${file}`, 'utf8'));
    expect(letterStandardText(body).map((s) => s.part)).toEqual(['opening', 'scale', 'statutory']);
  });
});

/** A 2010 letter in the standard wording, to vary by hand. */
const BASE = syntheticLetterText({ authority: 'Dunmere Council', year: 2010, grade: 3, seed: 7 });
const SCALE_BLOCK = /\n4\t[^\n]*\n3\t[^\n]*\n2\t[^\n]*\n1\t[^\n]*\n/;

describe('the scale, however it is set out', () => {
  const scaleOf = (text: string) => letterStandardText(bodyOf(text)).find((s) => s.part === 'scale')?.lines;
  const expected = scaleOf(BASE)!;

  test('rows one space apart, a blank line between rows, the lead-in on the rows’ first line', () => {
    const rows = SCALE_BLOCK.exec(BASE)![0];
    expect(scaleOf(BASE.replace(rows, rows.replace(/\t/g, ' ')))).toEqual(expected);
    expect(scaleOf(BASE.replace(rows, rows.replace(/\n(?=[321]\t)/g, '\n\n')))).toEqual(expected);
    const joined = BASE.replace(`scale:\n${rows}`, `scale:${rows}`);
    expect(joined).not.toBe(BASE);
    expect(scaleOf(joined)).toEqual(expected);
    expect(bodyOf(joined)).toContain('The annual assessment derives from a four point scale:\n');
  });

  test('a description wrapped onto a second line stays in its row', () => {
    const wrapped = BASE.replace(
      '\tAn organisation that significantly exceeds minimum requirements\n',
      '\tAn organisation that significantly\nexceeds minimum requirements\n',
    );
    expect(wrapped).not.toBe(BASE);
    expect(scaleOf(wrapped)).toEqual(expected);
  });

  test('a row whose words are not its number’s is refused, naming the line', () => {
    expect(() => parseLetterText(BASE.replace('3\tPerforms well', '3\tPerforms poorly'))).toThrow(
      /: scale: the row "3\tPerforms poorly/,
    );
  });
});

describe('the grade line and the authority’s heading, however written', () => {
  test('the grade line as a sentence is read, and kept as printed', () => {
    const text = BASE.replace(
      /Children's services assessment\tPerforms well \(3\)\n-+\t-+\n/,
      'Overall: Performs well (3)\n',
    );
    expect(text).not.toBe(BASE);
    expect(parseLetterText(text).data.grade).toBe(3);
    expect(bodyOf(text)).toContain('\nOverall: Performs well (3)\n');
  });

  test('the assessment named before the authority, or the year set apart', () => {
    for (const heading of [
      "Children's services assessment 2010: Dunmere Council",
      "Dunmere Council – children's services assessment, 2010",
    ]) {
      const text = BASE.replace("Dunmere Council children's services assessment 2010", heading);
      expect(text).not.toBe(BASE);
      expect(parseLetterText(text).data).toMatchObject({ authority: 'Dunmere Council', year: 2010 });
    }
  });

  test('a heading the authority cannot be told from is refused, naming the line', () => {
    const text = BASE.replace(
      "Dunmere Council children's services assessment 2010",
      'Dunmere Council report 2010',
    );
    expect(() => parseLetterText(text)).toThrow(
      /: authority: cannot tell the authority's name in "Dunmere Council report 2010"/,
    );
  });
});

describe('the grade stated for the year before', () => {
  const said = (sentence: string) =>
    parseLetterText(BASE.replace("Children's services in Dunmere Council perform well.", sentence)).data
      .previous;
  test.each([
    ["Children's services in Dunmere Council continue to perform well.", 3],
    ["Children's services in Dunmere Council still perform adequately.", 2],
    ["Children's services in Dunmere Council perform well, as they did in 2009.", 3],
    ["Children's services in Dunmere Council perform excellently, as last year.", 4],
    ["Children's services in Dunmere Council, having performed poorly in 2009, now perform well.", 1],
  ] as const)('%s → %i', (sentence, grade) => {
    expect(said(sentence)).toEqual({ year: 2009, grade, evidence: sentence });
  });
  test.each([
    "Children's services in Dunmere Council perform well.",
    "Children's services in Dunmere Council perform well, an improvement since 2009.",
    "Children's services in Dunmere Council perform well, as in 2008.",
  ])('%s → not stated', (sentence) => {
    expect(said(sentence)).toBeUndefined();
  });
});

describe('the closing statutory sentence', () => {
  test('without one, nothing after the sections is marked, and the reader says so', () => {
    const text = BASE.replace(/\nThis children's services assessment is provided[^\n]*\n/, '\n');
    const { notes } = parseLetterText(text);
    expect(letterStandardText(bodyOf(text)).map((s) => s.part)).toEqual(['opening', 'scale']);
    expect(notes).toContain('standard text: no closing statutory sentence before the sign-off; none marked');
  });
  test('a closing paragraph of the assessment’s own, citing an Act in several sentences, is not standard', () => {
    const own =
      'The council has met its duties under section 11 of the Children Act 2004. Its partners share them.';
    const text = BASE.replace(/\nThis children's services assessment is provided[^\n]*\n/, `\n${own}\n`);
    expect(letterStandardText(bodyOf(text)).map((s) => s.part)).toEqual(['opening', 'scale']);
    expect(JSON.stringify(letterParts(bodyOf(text)))).toContain('section 11 of the Children Act 2004');
  });
});

test('a section heading in other words still names its section', () => {
  expect(sectionOf('Priorities for improvement')).toBe('improvement');
  expect(sectionOf("Strengths of the area's services")).toBe('strengths');
  expect(sectionOf('Prospects for improvement')).toBe('prospects');
  expect(sectionOf('Summary')).toBeUndefined();
});
