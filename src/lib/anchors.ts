/**
 * Ids for linking to a passage of a letter. A bullet's id comes from its own words, so
 * a link keeps pointing at the same passage however the letter's other parts change.
 */
export function passageId(text: string): string {
  // FNV-1a: short, stable and good enough to tell a letter's bullets apart.
  let hash = 0x811c9dc5;
  for (const char of text
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `p-${hash.toString(16).padStart(8, '0')}`;
}
