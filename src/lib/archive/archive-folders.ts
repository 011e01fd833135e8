/**
 * Where an archive's files are, from its letters folder: the one place the sibling
 * folders are named. The published texts are in the letters folder's sibling `sources`,
 * and the data files (register, reported grades, national totals, statistical neighbours)
 * in its parent:
 *
 *   content/letters → content/sources, content/authorities.csv, …
 *   X/letters       → X/sources, X/authorities.csv, …
 *
 * So LETTERS_DIR stays the one switch between archives. Plain strings, no node:path,
 * so the model can use it anywhere.
 */

/** The archive's data files, each in the letters folder's parent. */
export type ArchiveDataFileName =
  'authorities.csv' | 'reported-grades.csv' | 'national-totals.json' | 'statistical-neighbours.csv';

export interface ArchiveFolders {
  /** The letters folder, without a trailing slash: content/letters */
  letters: string;
  /** Its sibling, the published texts: content/sources */
  sources: string;
  /** Their parent, which holds the data files: content */
  parent: string;
  /** A data file in the parent: content/authorities.csv */
  dataFile: (name: ArchiveDataFileName) => string;
}

export function archiveFolders(lettersDir: string): ArchiveFolders {
  const letters = lettersDir.replace(/\/+$/, '') || '/';
  const cut = letters.lastIndexOf('/');
  const name = letters.slice(cut + 1);
  if (name === 'sources' || name === '.' || name === '..')
    throw new Error(
      `${lettersDir}: the letters folder cannot be named "${name}": its published texts go in its sibling folder "sources"`,
    );
  const parent = cut < 0 ? '.' : cut === 0 ? '/' : letters.slice(0, cut);
  const inParent = (child: string) =>
    parent === '.' ? child : parent === '/' ? `/${child}` : `${parent}/${child}`;
  return { letters, sources: inParent('sources'), parent, dataFile: inParent };
}

/**
 * Where the letters come from. Tests build the site from a fixture archive of fictional
 * authorities by setting LETTERS_DIR; the published site always uses content/letters.
 */
export function lettersDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.LETTERS_DIR || 'content/letters';
}
