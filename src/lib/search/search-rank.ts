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

/**
 * The letters `keep` accepts, of those holding the rarest term (the caller's `keep` asks
 * for every term), best first: by the sum of Pagefind's score for each term. Each letter's
 * result is the rarest term's (a phrase, where the query has one), so its excerpt shows it.
 */
export function byRelevance<R extends Scored>(perTerm: readonly R[][], keep: (id: string) => boolean): R[] {
  const [rarest] = [...perTerm].sort((a, b) => a.length - b.length);
  if (!rarest) return [];
  const score = new Map<string, number>();
  for (const results of perTerm) for (const r of results) score.set(r.id, (score.get(r.id) ?? 0) + r.score);
  return rarest.filter((r) => keep(r.id)).sort((a, b) => score.get(b.id)! - score.get(a.id)!);
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
