/**
 * The grade line ("Children's services assessment   Performs well (3)") and the scale's
 * rows: grade words come from the scale (archive/grades.ts), and a grade's words are
 * checked against its number.
 */
import { GRADE_SCALE, gradeFromLabel, gradeLabel, isGrade, type Grade } from '../../archive/grades.ts';
import { RULE_LINE } from '../../archive/letter-patterns.ts';
import type { TextBlock } from './text-blocks.ts';
import { fold, LetterTextError, plain, type Line } from './text-lines.ts';

/** A line ending in a number in brackets: the grade line's shape, "… Performs well (3)". */
export const ENDS_IN_NUMBER = /^(.*?)\s*\(\s*(-?\d+)\s*\)$/;
/** Two cells of a line: a tab, or a run of spaces, between them. */
export const CELL_GAP = /\t|\s{2,}/;
/** The scale's words, folded and in lower case: "performs well", … */
export const GRADE_WORDS = GRADE_SCALE.map((step) => ({ grade: step.grade, words: fold(step.label) }));
/** The verb of the grade words, "perform", and their adverbs, "excellently|well|…". */
export const GRADE_VERB = fold(GRADE_SCALE[0].label.split(' ')[0]!).replace(/s$/, '');
export const GRADE_ADVERBS = GRADE_SCALE.map((step) => fold(step.label.split(' ').slice(1).join(' '))).join(
  '|',
);

/** The grade whose words `words` begins with (after a number), and where they end; undefined if none. */
export function gradeWordsAtStart(words: string): { grade: Grade; length: number } | undefined {
  const folded = fold(words);
  const found = GRADE_WORDS.find((g) => folded === g.words || folded.startsWith(`${g.words} `));
  return found && { grade: found.grade, length: found.words.length };
}

/** A block shaped like the grade line: one line ending "(n)", with at most a rule under it. */
export function isGradeShaped(block: TextBlock | undefined): block is TextBlock & { kind: 'paragraph' } {
  return (
    block?.kind === 'paragraph' &&
    ENDS_IN_NUMBER.test(block.lines[0]!.text) &&
    block.lines.slice(1).every((l) => RULE_LINE.test(l.text))
  );
}

/**
 * The grade line's two cells, what it is ("Children's services assessment") and the
 * grade ("Performs well (3)"), split at a tab or run of spaces (`cells`), or else before
 * the grade's words; and the grade, its words checked against its number.
 */
export function readGradeLine(line: Line): { grade: Grade; label: string; value: string; cells: boolean } {
  const [, before, digits] = ENDS_IN_NUMBER.exec(line.text)!;
  let label = '';
  let words = before!.trim();
  const gap = [...before!.matchAll(new RegExp(CELL_GAP, 'g'))].pop();
  if (gap) {
    label = before!.slice(0, gap.index);
    words = before!.slice(gap.index + gap[0].length);
  } else {
    const folded = fold(before!);
    const known = GRADE_WORDS.find((g) => folded.endsWith(g.words));
    const verb = new RegExp(`\\b${GRADE_VERB}s?\\b`, 'gi');
    const at = known ? folded.length - known.words.length : [...folded.matchAll(verb)].pop()?.index;
    if (at !== undefined) {
      const flat = before!.replace(/\s+/g, ' ').trim();
      label = flat.slice(0, at);
      words = flat.slice(at);
    }
  }
  const printed = label.trim();
  label = label.replace(/[\s:–—-]+$/, '').trim();
  words = words.trim();
  const number = Number(digits);
  if (!isGrade(number)) {
    throw new LetterTextError(line.number, 'grade', `${number} is not on the four-point scale (1 to 4)`);
  }
  const byWords = gradeFromLabel(plain(words));
  if (byWords === undefined) {
    throw new LetterTextError(line.number, 'grade', `"${words}" is not a grade on the four-point scale`);
  }
  if (byWords !== number) {
    throw new LetterTextError(
      line.number,
      'grade',
      `the words "${words}" mean ${byWords}, but the number says ${number} (${gradeLabel(number)})`,
    );
  }
  return {
    grade: number,
    label,
    value: `${words.replace(/\s+/g, ' ')} (${digits})`,
    // Two cells whenever the line splits into them with nothing left over, whether a tab
    // or only a space stands between them: a PDF may print the two cells as one line, and
    // the letter must read the same however it was typeset.
    cells: label !== '' && label === printed,
  };
}
