import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { letterParts, markdownText } from '../../src/lib/letter-parts.ts';

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

test('markdown escapes and character references come back as the letter’s characters', () => {
  expect(markdownText('\\{process.exit(1)} \\<b> A\\* &#x69;mport &amp; &#39;')).toBe(
    "{process.exit(1)} <b> A* import & '",
  );
});
