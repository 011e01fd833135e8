import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { letterMdx } from '../../src/lib/import/mdx/letter-mdx.ts';
import { parseLetterText } from '../../src/lib/import/text/letter-text.ts';

const CAMBRIDGESHIRE = readFileSync('tests/fixtures/published/sources/cambridgeshire/2010.txt', 'utf8');
const NORTHAMPTONSHIRE = readFileSync('tests/fixtures/published/sources/northamptonshire/2011.txt', 'utf8');

const mdxOf = (text: string) => {
  const { data, body } = parseLetterText(text);
  return letterMdx({ ...data, added: '2030-01-31' }, body);
};

describe('reading a published letter', () => {
  test('finds every frontmatter field of Northamptonshire 2011', () => {
    const { data } = parseLetterText(NORTHAMPTONSHIRE);
    expect(data).toMatchObject({
      authority: 'Northamptonshire County Council',
      year: 2011,
      grade: 2,
      date: '2011-11-08',
      recipient: { name: 'Mr Charlie MacNally', role: "Director of Adult and Children's Services" },
      signatory: { name: 'Juliet Winstanley', role: "Divisional Manager, Children's Services Assessment" },
      previous: {
        year: 2010,
        grade: 2,
        evidence: "Children's services in Northamptonshire County Council perform adequately, as in 2010.",
      },
      source: { path: 'content/sources/northamptonshire/2011.txt' },
    });
    expect(data.sender).toHaveLength(11);
    expect(data.recipient.address).toEqual([
      'Northamptonshire County Council',
      'County Hall',
      'George Row',
      'Northampton',
      'Northamptonshire NN1 1AY',
    ]);
  });

  test('reads "continue to perform well" as the previous year at the same grade', () => {
    const { data } = parseLetterText(CAMBRIDGESHIRE);
    expect(data.previous).toEqual({
      year: 2009,
      grade: 3,
      evidence: "Children's services in Cambridgeshire County Council continue to perform well.",
    });
    expect(data.sender).toBeUndefined();
  });

  test('mends a bullet and a paragraph split by page breaks, and says so', () => {
    const north = parseLetterText(NORTHAMPTONSHIRE);
    expect(north.notes).toContain('line 61: joined a bullet split by a page break');
    expect(mdxOf(NORTHAMPTONSHIRE)).toContain(
      'special educational needs attaining five A\\* to C grade GCSEs including English and mathematics',
    );
    const cambs = parseLetterText(CAMBRIDGESHIRE);
    expect(cambs.notes).toContain('line 51: joined a paragraph split by a page break');
    expect(mdxOf(CAMBRIDGESHIRE)).toContain('Fewer children than elsewhere are too overweight');
  });

  test('reads a bullet printed with any glyph the PDF reader takes for one', () => {
    // The PDF reader keeps a bullet's glyph as printed (pdf-text.ts), and its text comes here.
    const squares = NORTHAMPTONSHIRE.replace(/^- /gm, '▪ ');
    expect(squares).not.toBe(NORTHAMPTONSHIRE);
    expect(mdxOf(squares)).toBe(mdxOf(NORTHAMPTONSHIRE));
  });

  test('writes the section headings as headings and the scale and grade line as tables', () => {
    const mdx = mdxOf(NORTHAMPTONSHIRE);
    expect(mdx).toContain("\n## Northamptonshire County Council children's services assessment 2011\n");
    expect(mdx).toContain('\n### Strengths\n');
    expect(mdx).toContain('\n### Areas for further improvement\n');
    expect(mdx).toContain(
      '| 1 | Performs poorly | An organisation that does not meet minimum requirements |',
    );
    expect(mdx).toContain("| Children's services assessment | Performs adequately (2) |");
  });

  test('says when it cannot tell the previous grade, and leaves it out', () => {
    const text = CAMBRIDGESHIRE.replace('continue to perform well.', 'are reported on below.');
    const { data, notes } = parseLetterText(text);
    expect(data.previous).toBeUndefined();
    expect(notes).toContain(
      'previous: the letter does not state its 2009 grade in a form this reader knows; left out',
    );
  });
});

describe('accepts the forms the same letter comes in', () => {
  test('CRLF line ends', () => {
    expect(mdxOf(CAMBRIDGESHIRE.replace(/\n/g, '\r\n'))).toBe(mdxOf(CAMBRIDGESHIRE));
  });

  test('runs of spaces instead of tabs in the scale and grade line', () => {
    expect(mdxOf(NORTHAMPTONSHIRE.replace(/\t/g, '    '))).toBe(mdxOf(NORTHAMPTONSHIRE));
  });

  test('lines of non-breaking spaces at page ends', () => {
    expect(mdxOf(CAMBRIDGESHIRE.replace(/\n \n/g, '\n\u00a0\u00a0\n'))).toBe(mdxOf(CAMBRIDGESHIRE));
  });

  test('curly quotes', () => {
    const curly = parseLetterText(NORTHAMPTONSHIRE.replace(/'/g, '\u2019'));
    const straight = parseLetterText(NORTHAMPTONSHIRE);
    expect(curly.data.authority).toBe(straight.data.authority);
    expect(curly.data.grade).toBe(2);
    expect(curly.data.previous?.year).toBe(2010);
    expect(letterMdx({ ...curly.data, added: '2030-01-31' }, curly.body)).toContain('### Strengths');
  });

  test('with or without the letterhead', () => {
    const bare = NORTHAMPTONSHIRE.replace(/^[\s\S]*?(?=8 November 2011)/, '');
    const { data } = parseLetterText(bare);
    expect(data.sender).toBeUndefined();
    expect(data.date).toBe('2011-11-08');
    expect(data.recipient.name).toBe('Mr Charlie MacNally');
  });
});

test('a later line that looks like the title or the grade line is not taken for them', () => {
  const text = CAMBRIDGESHIRE.replace(
    'Prospects for improvement\n\n',
    "Prospects for improvement\n\nChildren's services assessment results are published each year.\n\nA review of Cambridgeshire County Council children's services assessment 2010\n\n",
  );
  const { data } = parseLetterText(text);
  expect(data.grade).toBe(3);
  expect(data.authority).toBe('Cambridgeshire County Council');
  expect(mdxOf(text)).toContain("\nChildren's services assessment results are published each year.\n");
  // Shaped like a heading, it is a section heading; the authority's heading is the first.
  expect(mdxOf(text)).toContain(
    "\n### A review of Cambridgeshire County Council children's services assessment 2010\n",
  );
  expect(mdxOf(text).match(/^## /gm)).toHaveLength(1);
});

test('hostile text comes out as text: braces, tags, import and export', () => {
  const hostile = CAMBRIDGESHIRE.replace(
    'Prospects for improvement\n\n',
    "Prospects for improvement\n\n{process.exit(1)} and <script>alert(1)</script>.\n\nimport x from 'y'\n\nexport const a = 1\n\n",
  );
  const mdx = mdxOf(hostile);
  expect(mdx).toContain('\\{process.exit(1)} and \\<script>alert(1)\\</script>');
  expect(mdx).toContain("\n&#x69;mport x from 'y'\n");
  expect(mdx).toContain('\n&#x65;xport const a = 1\n');
});
