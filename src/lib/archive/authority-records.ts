/**
 * Every authority of the register, each with its letters and its merged grade history:
 * the one list the A–Z, the authority pages, the year pages and the open data map.
 */
import { sortLetters, type Letter } from './letters.ts';
import { gradeHistory, type AuthorityHistory } from './grade-history.ts';
import type { Register } from './register.ts';
import type { ReportedGrade } from './reported-grades.ts';
import { authoritySlug } from './slug.ts';

/**
 * One record per register row, A–Z by name, whether or not it has a letter. The name is
 * the register's short one ("Northamptonshire"); letters keep their own full style.
 * Expects letters already checked against the register (content.config.ts does).
 */
export function authorityRecords<L extends Letter>(
  register: Register,
  letters: readonly L[],
  reported: readonly ReportedGrade[],
): AuthorityHistory<L>[] {
  const sorted = sortLetters(letters);
  return [...register.authorities]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((entry) => {
      const own = sorted.filter((letter) => authoritySlug(letter.data.authority) === entry.slug);
      return {
        slug: entry.slug,
        name: entry.name,
        letters: own,
        register: entry,
        history: gradeHistory(
          own,
          reported.filter((row) => row.slug === entry.slug),
        ),
      };
    });
}
