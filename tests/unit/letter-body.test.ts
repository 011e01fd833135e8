import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LETTER_SECTIONS, letterBodyLines, letterParts, sectionOf } from '../../src/lib/archive/letter-body.ts';
import { letterMdx } from '../../src/lib/import/letter-mdx.ts';

const body = (path: string) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('the parts a comparison sets side by side', () => {
  test('Northamptonshire 2011: summary, strengths, areas for further improvement', () => {
    const parts = letterParts(body('content/letters/northamptonshire/2011.mdx'));
    expect(parts.map((p) => `${p.key}: ${p.heading}`)).toEqual([
      'summary: Summary judgement',
      'strengths: Strengths',
      'improvement: Areas for further improvement',
    ]);
    expect(parts[0]!.blocks[0]).toEqual({
      kind: 'paragraph',
      text: expect.stringMatching(
        /^Children's services in Northamptonshire County Council perform adequately, as in 2010\./,
      ),
    });
    expect(parts[1]!.blocks).toEqual([{ kind: 'list', items: expect.any(Array) }]);
    expect((parts[1]!.blocks[0] as { items: string[] }).items[2]).toContain(
      'attaining five A* to C grade GCSEs',
    );
  });

  test('Cambridgeshire 2010: summary, key areas, outcomes, prospects; the statutory line is not a part', () => {
    const parts = letterParts(body('content/letters/cambridgeshire/2010.mdx'));
    expect(parts.map((p) => p.key)).toEqual(['summary', 'improvement', 'outcomes', 'prospects']);
    expect(parts[0]!.blocks).toHaveLength(4);
    const prospects = JSON.stringify(parts[3]);
    expect(prospects).toContain('gain a qualification at the age of 19.');
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
  expect(letterBodyLines(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''))).toEqual([...words, 'A *bullet*']);
});

test('every section heading belongs to one section, whatever its case', () => {
  const headings = LETTER_SECTIONS.flatMap((s) => s.headings);
  expect(new Set(headings).size).toBe(headings.length);
  expect(sectionOf('Key Areas for Further Development ')).toBe('improvement');
  expect(sectionOf('Strengths')).toBe('strengths');
  expect(sectionOf('Summary')).toBeUndefined();
});
