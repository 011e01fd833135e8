/**
 * The A to Z's groups: authorities by the initial of their register name, each group with
 * a page of its own (routes.ts `initialUrl`), so that no page carries all 152 authorities'
 * grades with their letters named in full.
 */

/** The authorities whose names begin with one letter. */
export interface InitialGroup<A> {
  /** The capital letter, as shown: "B". */
  initial: string;
  /** The same letter in an address: "b". */
  slug: string;
  /** In the order given (the register's, A to Z). */
  authorities: A[];
}

/** The capital letter a name is listed under: "St Helens" under S. */
export function nameInitial(name: string): string {
  return name.charAt(0).toUpperCase();
}

/** Authorities grouped by initial, the groups A to Z; no group is empty. */
export function byInitial<A extends { name: string }>(authorities: readonly A[]): InitialGroup<A>[] {
  const groups = new Map<string, A[]>();
  for (const authority of authorities) {
    const initial = nameInitial(authority.name);
    groups.set(initial, [...(groups.get(initial) ?? []), authority]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([initial, members]) => ({ initial, slug: initial.toLowerCase(), authorities: members }));
}
