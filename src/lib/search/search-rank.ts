/**
 * The order of a search's results, from Pagefind's quoted (exact) searches: one list of
 * results per word or phrase, each result a letter with Pagefind's score for that term.
 */
import { phraseFirst } from './search-phrases.ts';

/** What ranking needs of a result: the letter's id in the index and Pagefind's score. */
export interface Scored {
  id: string;
  score: number;
}

/** The letters in every one of `sets` (at least one). */
export function inEvery(sets: ReadonlySet<string>[]): Set<string> {
  return sets.reduce<Set<string>>(
    (all, some) => new Set([...all].filter((id) => some.has(id))),
    new Set(sets[0]),
  );
}

/** The letters in any of `sets`. */
export function inAny(sets: readonly ReadonlySet<string>[]): Set<string> {
  return new Set(sets.flatMap((set) => [...set]));
}

/**
 * The letters a query matches (search-query.ts parseQuery): those with a term of every
 * group (AND of ORs: intersection of unions), then less those with a term left out
 * (difference). `before`: the letters it would match but for the terms left out.
 */
export function lettersMatching(
  groups: readonly string[][],
  excluded: readonly string[],
  lettersWith: (term: string) => ReadonlySet<string>,
): { matching: Set<string>; before: Set<string> } {
  const before = inEvery(groups.map((group) => inAny(group.map(lettersWith))));
  const out = inAny(excluded.map(lettersWith));
  return { before, matching: new Set([...before].filter((id) => !out.has(id))) };
}

/**
 * The letters `keep` accepts, of those any term found (the caller's `keep` says which
 * match), best first: by the sum of Pagefind's score for each term. Each letter's result
 * is that of the rarest term holding it (a phrase, where the query has one), so its
 * excerpt shows it.
 */
export function byRelevance<R extends Scored>(perTerm: readonly R[][], keep: (id: string) => boolean): R[] {
  const score = new Map<string, number>();
  for (const results of perTerm) for (const r of results) score.set(r.id, (score.get(r.id) ?? 0) + r.score);
  const own = new Map<string, R>();
  for (const results of [...perTerm].sort((a, b) => a.length - b.length))
    for (const r of results) if (!own.has(r.id) && keep(r.id)) own.set(r.id, r);
  return [...own.values()].sort((a, b) => score.get(b.id)! - score.get(a.id)!);
}

/**
 * The results to show, in order: those of `ordered` (a chosen order, or every letter within
 * the filters when there are no words) that `keep` accepts, each a term's own result where
 * a term found it, so its excerpt shows the term; else by relevance. Then, where the query
 * spells a phrase, the letters holding it first, each with the phrase's result.
 */
export function rankResults<R extends Scored>(
  perTerm: readonly R[][],
  keep: (id: string) => boolean,
  ordered: readonly R[] | undefined,
  phraseResults: readonly R[] | undefined,
): R[] {
  let results: R[];
  if (ordered) {
    const ownResult = new Map(byRelevance(perTerm, keep).map((result) => [result.id, result]));
    results = ordered.filter((r) => keep(r.id)).map((r) => ownResult.get(r.id) ?? r);
  } else {
    results = byRelevance(perTerm, keep);
  }
  if (!phraseResults) return results;
  const phraseResult = new Map(phraseResults.map((result) => [result.id, result]));
  return phraseFirst(results, (result) => phraseResult.has(result.id)).map(
    (result) => phraseResult.get(result.id) ?? result,
  );
}
