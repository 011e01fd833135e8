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
  const bySlug = groupBy(sortLetters(letters), (letter) => authoritySlug(letter.data.authority));
  const reportedBySlug = groupBy(reported, (row) => row.slug);
  return [...register.authorities]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((entry) => {
      const own = bySlug.get(entry.slug) ?? [];
      return {
        slug: entry.slug,
        name: entry.name,
        letters: own,
        register: entry,
        history: gradeHistory(own, reportedBySlug.get(entry.slug) ?? []),
      };
    });
}

/** Items by key, each group in the items' order: one pass, not one filter per authority. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
