/**
 * The letter's facts read from its words: the date, the authority's name in its heading,
 * and the grade the summary states for the year before.
 */
import { GRADE_SCALE, gradeFromLabel } from '../../archive/grades.ts';
import { DATE_LINE } from '../../archive/letter-patterns.ts';
import type { LetterInput } from '../../archive/letter-schema.ts';
import { isAssessmentYear } from '../../archive/years.ts';
import { GRADE_ADVERBS, GRADE_VERB } from './grade-line.ts';
import { fold, LetterTextError, plain, type Line } from './text-lines.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export function readDate(line: Line): string {
  const match = DATE_LINE.exec(line.text);
  const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) : -1;
  if (match && month >= 0) {
    const [day, year] = [Number(match[1]), Number(match[3])];
    const date = new Date(Date.UTC(year, month, day));
    if (date.getUTCDate() === day && date.getUTCMonth() === month) {
      return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  throw new LetterTextError(
    line.number,
    'date',
    `"${line.text}" is not a date that can be read (expected e.g. "9 December 2010")`,
  );
}

/**
 * The authority's name in its heading: the heading without its year and without the
 * assessment's name, as the grade line's first cell or the subject line gives it
 * ("Cambridgeshire County Council children's services assessment 2010", the grade line
 * "Children's services assessment …"). The longest run of words the heading shares with
 * either, at its end or its start, is the assessment's name.
 */
export function authorityIn(heading: string, year: string, names: string[]): string | undefined {
  const words = heading
    .replace(new RegExp(`[\\s,:–—-]*\\b${year}\\b[\\s,:–—-]*`), ' ')
    .trim()
    .split(/\s+/);
  const key = (word: string) => fold(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  let best: string[] | undefined;
  for (const name of names) {
    const theirs = name.split(/\s+/).map(key).filter(Boolean);
    const ours = words.map(key);
    let end = 0;
    while (
      end < ours.length - 1 &&
      end < theirs.length &&
      ours[ours.length - 1 - end] === theirs[theirs.length - 1 - end]
    )
      end++;
    let start = 0;
    while (start < ours.length - 1 && start < theirs.length && ours[start] === theirs[start]) start++;
    const rest = end >= start ? words.slice(0, words.length - end) : words.slice(start);
    if (Math.max(end, start) >= 2 && (!best || rest.length < best.length)) best = rest;
  }
  const name = best?.join(' ').replace(/^[\s,:–—-]+|[\s,:–—-]+$/g, '');
  return name || undefined;
}

/**
 * The grade the summary states for the year before, where it states one: a grade's
 * words ("perform well", "performing adequately") said to go on ("continue to perform
 * well", "still performs well"), or tied to that year ("perform well, as in 2009",
 * "as they did in 2009", "as last year", "performed adequately in 2009").
 */
export function statedPrevious(summary: string, year: number): LetterInput['previous'] {
  const sentences = summary.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const phrase = new RegExp(`\\b${GRADE_VERB}(?:s|ed|ing)?\\s+(${GRADE_ADVERBS})\\b`, 'gi');
  const lastYear = `(?:(\\d{4})|last year|the previous year|the year before)`;
  const goesOn = /\b(?:continu(?:e|es|ed|ing)|remains?|remained|still|again)\s+(?:to\s+)?$/i;
  const asIn = new RegExp(
    `^,?\\s*(?:as\\s+(?:(?:it|they)\\s+(?:did\\s+)?)?(?:in\\s+)?${lastYear}|in\\s+${lastYear})`,
    'i',
  );
  for (const sentence of sentences) {
    const said = plain(sentence);
    for (const match of said.matchAll(phrase)) {
      const grade = gradeFromLabel(`${GRADE_SCALE[0].label.split(' ')[0]} ${match[1]}`);
      const after = asIn.exec(said.slice(match.index + match[0].length));
      const before = goesOn.test(said.slice(0, match.index));
      let statedYear: number | undefined;
      if (after) statedYear = Number(after[1] ?? after[2]) || year - 1;
      else if (before) statedYear = year - 1;
      if (grade !== undefined && statedYear === year - 1 && isAssessmentYear(statedYear)) {
        return { year: statedYear, grade, evidence: sentence.trim() };
      }
    }
  }
  return undefined;
}
