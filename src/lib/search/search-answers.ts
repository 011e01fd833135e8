/**
 * Answer cards on the search page, as TheyWorkForYou answers a name with the person:
 * a query (or the authority filter) that names an authority, or part of its name, is
 * answered first with that authority, its grade history in one line and a link to its
 * page, whether or not the archive holds a letter from it; a query that is a grade's
 * words ("performs poorly") with the authorities known at that grade in each year.
 *
 * The register's names are in the search page itself (a couple of KB), so it knows at once
 * whether a search names an authority. The facts come from the archive at build time, as
 * one small JSON file the search page
 * fetches only when there is something to answer (answers-data.ts makes it at build time,
 * src/pages/search/answers.json.ts writes it). This module is the browser's half: small.
 */
import { GRADE_SCALE, type Grade } from '../archive/grades.ts';
import { plural } from '../archive/plural.ts';
import { foldQuotes } from '../archive/typography.ts';

/** One authority: [name, its page, how many letters the archive holds, its grade history in one line]. */
export type AuthorityAnswer = [name: string, url: string, letters: number, history: string];

/** One year of a grade: [year, authorities known at it in the archive, Ofsted's national count, the list's page]. */
export type GradeYearAnswer = [year: number, known: number, national: number, url: string];

export interface AnswersData {
  authorities: AuthorityAnswer[];
  grades: Array<{ grade: Grade; label: string; years: GradeYearAnswer[] }>;
}

/** Text as names are compared: quotes folded, lower case, words separated by one space. */
function plain(text: string): string {
  return ` ${foldQuotes(text)
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

/**
 * The authorities a query names: those whose whole name is among its words ("children
 * in Leeds"), or whose name has a word beginning with the whole query, of four letters or
 * more ("northampton", Northamptonshire). A–Z, as given.
 */
export function authoritiesNamed(query: string, names: readonly string[]): string[] {
  const asked = plain(query.replace(/"/g, ' '));
  const bare = asked.trim();
  return names.filter((name) => {
    const named = plain(name);
    return asked.includes(named) || (bare.length >= 4 && named.includes(` ${bare}`));
  });
}

/** The authorities the authority filter's text names: all or part of a name, in any case. */
export function authoritiesFiltered(typed: readonly string[], names: readonly string[]): string[] {
  const parts = typed.map((t) => plain(t).trim()).filter(Boolean);
  return names.filter((name) => parts.some((part) => plain(name).includes(part)));
}

/** The grade whose words the query is ("performs poorly", "Performs Poorly (1 of 4)"), if any. */
export function gradeAsked(query: string): Grade | undefined {
  const asked = plain(query.replace(/"/g, ' ').replace(/\(\s*\d\s+of\s+\d\s*\)/, ' ')).trim();
  return GRADE_SCALE.find((step) => plain(step.label).trim() === asked)?.grade;
}

/** "2 letters in the archive" / "No letter in the archive yet", for an authority's card. */
export function lettersHeld(letters: number): string {
  return letters ? `${plural(letters, 'letter')} in the archive` : 'No letter in the archive yet';
}

/** One year of a grade's card: "2010: 3 authorities known at this grade (Ofsted counted 12)". */
export function gradeYearText([year, known, national]: GradeYearAnswer): string {
  return `${year}: ${plural(known, 'authority', 'authorities')} known (Ofsted counted ${national})`;
}

/** Where the search page fetches the answers' facts, below the site's root. */
export const ANSWERS_PATH = 'search/answers.json';

/** An answer card: an authority, or a grade's authorities by year. */
export type Card =
  { kind: 'authority'; answer: AuthorityAnswer } | { kind: 'grade'; answer: AnswersData['grades'][number] };

const MAX_AUTHORITY_CARDS = 5;

/**
 * The cards for a search: the authorities its query (`q`) or the authority filter (`typed`)
 * names, then the grade the query is, if any. Their facts (`data`) are fetched only then;
 * without them the search still answers, without cards.
 */
export async function answerCards(
  q: string,
  typed: readonly string[],
  names: readonly string[],
  data: () => Promise<AnswersData>,
): Promise<Card[]> {
  const named = [
    ...new Set([...authoritiesFiltered(typed, names), ...(q ? authoritiesNamed(q, names) : [])]),
  ].slice(0, MAX_AUTHORITY_CARDS);
  const grade = q ? gradeAsked(q) : undefined;
  if (!named.length && grade === undefined) return [];
  try {
    const facts = await data();
    const cards: Card[] = named.flatMap((name) => {
      const answer = facts.authorities.find(([n]) => n === name);
      return answer ? [{ kind: 'authority' as const, answer }] : [];
    });
    const found = grade === undefined ? undefined : facts.grades.find((g) => g.grade === grade);
    return found ? [...cards, { kind: 'grade', answer: found }] : cards;
  } catch {
    return [];
  }
}

/**
 * Said before a status that finds no letter, where cards answer the query, so that the
 * status does not read as the whole answer: "Kingston upon Thames matches by name: its
 * card is below."
 */
export function cardsLead(cards: readonly Card[]): string {
  const named = cards.filter((card) => card.kind === 'authority');
  const [only] = named;
  const lead = [
    named.length === 1 && only?.kind === 'authority'
      ? `${only.answer[0]} matches by name: its card is below.`
      : named.length > 1
        ? `${named.length} authorities match by name: their cards are below.`
        : '',
    cards.some((card) => card.kind === 'grade')
      ? 'The authorities known at that grade are listed below.'
      : '',
  ];
  return lead.filter(Boolean).join(' ');
}

/** Why the authority filter (`typed`) shows nothing: it names no authority with a letter. */
export function noAuthorityText(typed: readonly string[], named: readonly Card[]): string {
  const [only] = named;
  const name = named.length === 1 && only?.kind === 'authority' ? only.answer[0] : `“${typed.join(' ')}”`;
  return named.length
    ? `No letter from ${name} is in the archive yet.`
    : `No authority's name contains “${typed.join(' ')}”. Clear the authority filter or try part of the name.`;
}
