/**
 * Where the letters come from. Tests build the site from a fixture archive of fictional
 * authorities by setting LETTERS_DIR; the published site always uses content/letters.
 */
export function lettersDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.LETTERS_DIR || 'content/letters';
}
