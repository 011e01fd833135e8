/**
 * The letter's blocks as the body is written: the opening explanation and the scale
 * (standard text), the authority's heading and the grade line, the assessment with its
 * section headings, the statutory sentence (standard text) and the sign-off; and the
 * grade the summary states for the year before.
 */
import type { LetterInput } from '../../archive/letter-schema.ts';
import { ASSESSMENT_YEARS } from '../../archive/years.ts';
import { listNode, paragraphNode, standardText, table, text, type BodyBlock } from '../mdx/letter-tree.ts';
import type { readGradeLine } from './grade-line.ts';
import { statedPrevious } from './letter-facts.ts';
import { readScale } from './scale.ts';
import { isHeadingShaped, type TextBlock } from './text-blocks.ts';
import type { Line } from './text-lines.ts';

type Paragraph = TextBlock & { kind: 'paragraph' };

export interface LetterBlocks {
  blocks: TextBlock[];
  subject: Paragraph | undefined;
  titleAt: number;
  title: Paragraph;
  year: number;
  gradeLine: Line;
  grade: ReturnType<typeof readGradeLine>;
  assessed: TextBlock[];
  statutory: TextBlock | undefined;
  signOff: TextBlock | undefined;
  notes: string[];
}

const block = (b: TextBlock, standard?: BodyBlock['standard']): BodyBlock => ({
  node: b.kind === 'list' ? listNode(b.items) : paragraphNode(b.text),
  ...(standard ? { standard } : {}),
});

/** The opening explanation, with the subject and the scale: standard text. */
function openingBlocks(opening: TextBlock[], subject: Paragraph | undefined): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (let i = 0; i < opening.length; i++) {
    const b = opening[i]!;
    if (b === subject) {
      out.push({
        node: { type: 'paragraph', children: [{ type: 'strong', children: [text(b.text)] }] },
        standard: 'opening',
      });
      continue;
    }
    const scale = readScale(opening.slice(i));
    if (scale) {
      if (scale.lead) out.push(block(scale.lead, 'opening'));
      out.push({
        node: standardText('scale', [table(['Grade', 'Judgement', 'Description'], scale.rows)]),
        standard: 'opening',
      });
      i += scale.used - 1;
      continue;
    }
    out.push(block(b, 'opening'));
  }
  return out;
}

export function readBody(letter: LetterBlocks): {
  out: BodyBlock[];
  summary: { text: string; line: number } | undefined;
  previous: LetterInput['previous'];
} {
  const { blocks, grade, assessed, year } = letter;
  const out: BodyBlock[] = [
    block(blocks[0]!),
    ...openingBlocks(blocks.slice(1, letter.titleAt), letter.subject),
  ];
  out.push({ node: { type: 'heading', depth: 2, children: [text(letter.title.text)] } });
  // The grade line in two cells is a table; with more than its cells (a colon, say), it
  // stays as printed.
  out.push({
    node: grade.cells
      ? table(['Assessment', 'Grade'], [[grade.label, grade.value]])
      : paragraphNode(letter.gradeLine.text.replace(/\s+/g, ' ')),
  });
  let summary: { text: string; line: number } | undefined;
  assessed.forEach((b, i) => {
    const next = assessed[i + 1];
    if (isHeadingShaped(b, 12) && !(next?.kind === 'paragraph' && /^[a-z]/.test(next.text))) {
      out.push({ node: { type: 'heading', depth: 3, children: [text(b.text)] } });
    } else {
      if (!summary && b.kind === 'paragraph') summary = b;
      out.push(block(b));
    }
  });
  if (letter.statutory) out.push(block(letter.statutory, 'statutory'));
  if (letter.signOff) out.push(block(letter.signOff));

  const previous = summary === undefined ? undefined : statedPrevious(summary.text, year);
  // 2009 was the first assessment: there is no previous grade to state.
  if (!previous && year > ASSESSMENT_YEARS[0])
    letter.notes.push(
      `previous: the letter does not state its ${year - 1} grade in a form this reader knows; left out`,
    );
  return { out, summary, previous };
}
