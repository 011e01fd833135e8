/**
 * What a theme's page may claim, out of what the archive holds. On a partial archive "no
 * item in 2009" or "asked in 2011 only" would read as Ofsted's whole record; each sentence
 * here names the letters it counts: "no item in the 0 letters of 2009 the archive holds",
 * "asked in 2011; the archive holds no other letter of Northamptonshire's".
 */
import type { Letter } from './letters.ts';
import { plural } from './plural.ts';
import { authoritySlug } from './slug.ts';
import type { AuthorityItems } from './theme-recurrence.ts';
import { ASSESSMENT_YEARS, type AssessmentYear } from './years.ts';

/** The letters the archive holds, as a theme page counts them. */
export interface LettersHeld {
  total: number;
  byYear: Record<AssessmentYear, number>;
  /** The years of each authority's letters, earliest first, by slug. */
  bySlug: ReadonlyMap<string, readonly AssessmentYear[]>;
  /** Authorities with letters of two or more years: those that could be asked again. */
  withSeveralYears: number;
}

export function lettersHeld(letters: readonly Letter[]): LettersHeld {
  const byYear = Object.fromEntries(ASSESSMENT_YEARS.map((year) => [year, 0])) as Record<
    AssessmentYear,
    number
  >;
  const bySlug = new Map<string, AssessmentYear[]>();
  for (const { data } of letters) {
    byYear[data.year] += 1;
    const slug = authoritySlug(data.authority);
    bySlug.set(slug, [...new Set([...(bySlug.get(slug) ?? []), data.year])].sort());
  }
  const withSeveralYears = [...bySlug.values()].filter((years) => years.length > 1).length;
  return { total: letters.length, byYear, bySlug, withSeveralYears };
}

/** "2009, 2010 and 2011"; "2009 or 2011" with `joiner` "or". */
export function yearList(years: readonly number[], joiner = 'and'): string {
  return years.length > 1 ? `${years.slice(0, -1).join(', ')} ${joiner} ${years.at(-1)}` : String(years[0]);
}

/**
 * A year without an item: "2010: no item in the 3 letters of 2010 the archive holds", or
 * "2009: the archive holds no letter of 2009".
 */
export function noItemInYear(year: AssessmentYear, held: LettersHeld): string {
  const n = held.byYear[year];
  // "No item in the 0 letters" counts nothing: say what is missing.
  if (n === 0) return `${year}: the archive holds no letter of ${year}`;
  return `${year}: no item in the ${plural(n, 'letter')} of ${year} the archive holds`;
}

/**
 * The years an authority was asked, and what else the archive holds of it: "Asked again:
 * in 2009 and 2011; not in its 2010 letter.", "Asked in 2010, not in its 2009 or 2011
 * letters.", "Asked in 2011; the archive holds no other letter of Leeds's."
 */
export function askedYears(authority: AuthorityItems, held: LettersHeld): string {
  const { years, name } = authority;
  const others = (held.bySlug.get(authority.slug) ?? []).filter((year) => !years.includes(year));
  const notIn = others.length
    ? `not in its ${yearList(others, 'or')} ${others.length === 1 ? 'letter' : 'letters'}`
    : '';
  if (years.length > 1) return `Asked again: in ${yearList(years)}${notIn ? `; ${notIn}` : ''}.`;
  if (notIn) return `Asked in ${years[0]}, ${notIn}.`;
  return `Asked in ${years[0]}; the archive holds no other letter of ${name}'s.`;
}

/** Where no authority was asked twice, out of those the archive could show asked twice. */
export function noneAskedAgain(topic: string, held: LettersHeld): string {
  const n = held.withSeveralYears;
  return `No authority was asked about ${topic} in more than one year. The archive holds letters of two or more years for ${plural(n, 'authority', 'authorities')}.`;
}

/**
 * A theme no item is in: "No item in the 2 letters the archive holds has words that put it
 * in this theme." Items join a theme by its words, so that is all it can say: not that no
 * letter asked about the topic in other words.
 */
export function emptyTheme(held: LettersHeld): string {
  return `No item in the ${plural(held.total, 'letter')} the archive holds has words that put it in this theme.`;
}
