import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  LETTER_SECTIONS,
  letterBodyLines,
  letterParts,
  sectionOf,
} from '../../src/lib/archive/letter-body.ts';
import { letterFileBody } from '../../src/lib/archive/frontmatter.ts';
import { letterMdx } from '../../src/lib/import/mdx/letter-mdx.ts';
import { FIXTURE_LETTERS } from './letters.ts';

const body = (path: string) => letterFileBody(readFileSync(`${FIXTURE_LETTERS}/${path}`, 'utf8'));

describe('the parts a comparison sets side by side', () => {
  test('a 2011 letter: summary, strengths, areas for further improvement', () => {
    const parts = letterParts(body('fernleigh/2011.mdx'));
    expect(parts.map((p) => `${p.key}: ${p.heading}`)).toEqual([
      'summary: Summary judgement',
      'strengths: Strengths',
      'improvement: Areas for further improvement',
    ]);
    expect(parts[0]!.blocks[0]).toEqual({
      kind: 'paragraph',
      text: expect.stringMatching(
        /^Children's services in Fernleigh City Council perform well, as in 2010\./,
      ),
    });
    expect(parts[0]!.blocks).toHaveLength(2);
    expect(parts[1]!.blocks).toEqual([{ kind: 'list', items: expect.any(Array) }]);
    expect((parts[1]!.blocks[0] as { items: string[] }).items[1]).toMatch(
      /^Provision in pupil referral units .* are good or better\.$/,
    );
  });

  test('a 2010 letter: summary, key areas, outcomes, prospects; the statutory line is not a part', () => {
    const parts = letterParts(body('fernleigh/2010.mdx'));
    expect(parts.map((p) => p.key)).toEqual(['summary', 'improvement', 'outcomes', 'prospects']);
    expect(parts[0]!.blocks).toHaveLength(2);
    expect(parts[2]!.blocks).toHaveLength(2);
    const prospects = JSON.stringify(parts[3]);
    expect(prospects).toContain('There is good access to emotional and mental health services');
    expect(prospects).not.toContain('section 138');
  });

  test('a body without the assessment heading has no parts', () => {
    expect(letterParts('Dear Sir\n\nNo heading here.\n')).toEqual([]);
  });
});

test('the reader gets back the words the writer escaped: braces, tags, asterisks, import lines, references', () => {
  const words = [
    '{process.exit(1)} and <script>alert(1)</script> in A* to C.',
    "import x from 'y'",
    'export const a = 1',
    'Fish & chips, 5 < 6 & "quoted"',
  ];
  const mdx = letterMdx({} as never, {
    type: 'root',
    children: [
      ...words.map((value) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] })),
      {
        type: 'list',
        children: [
          {
            type: 'listItem',
            children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A *bullet*' }] }],
          },
        ],
      },
    ],
  });
  expect(letterBodyLines(letterFileBody(mdx))).toEqual([...words, 'A *bullet*']);
});

test('every section heading belongs to one section, whatever its case', () => {
  const headings = LETTER_SECTIONS.flatMap((s) => s.headings);
  expect(new Set(headings).size).toBe(headings.length);
  expect(sectionOf('Key Areas for Further Development ')).toBe('improvement');
  expect(sectionOf('Strengths')).toBe('strengths');
  expect(sectionOf('Summary')).toBeUndefined();
});
