/**
 * One authority, one slug, for ever: the slug is the folder a letter lives in and the
 * authority's URL, so it must stay stable when a later letter spells the council's name
 * a little differently ("Bristol City Council", "City of Bristol").
 *
 * The rule: drop the council's legal style ("County Council", "London Borough of", …),
 * keep the place. The City of London is the exception, because "london" alone would
 * read as the whole of London.
 */
const PREFIXES = [
  'council of the',
  'royal borough of',
  'london borough of',
  'metropolitan borough of',
  'borough of',
  'county of',
  'city and county of',
  'city of',
];

const SUFFIXES = [
  'metropolitan borough council',
  'metropolitan district council',
  'county borough council',
  'borough council',
  'county council',
  'district council',
  'city council',
  'unitary authority',
  'corporation',
  'council',
];

function plainWords(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function stripOnce(words: string, affixes: readonly string[], where: 'start' | 'end'): string {
  for (const affix of affixes) {
    if (where === 'start' && words.startsWith(`${affix} `)) return words.slice(affix.length + 1);
    if (where === 'end' && words.endsWith(` ${affix}`)) return words.slice(0, -affix.length - 1);
  }
  return words;
}

// Slugs already made, by name: a build asks for the same few hundred names tens of
// thousands of times (sorting letters, every link to a letter).
const made = new Map<string, string>();

/** The URL slug of an authority's name: "Kingston upon Hull City Council" → "kingston-upon-hull". */
export function authoritySlug(name: string): string {
  let slug = made.get(name);
  if (slug === undefined) {
    slug = slugOf(name);
    made.set(name, slug);
  }
  return slug;
}

function slugOf(name: string): string {
  const words = plainWords(name);
  let place = stripOnce(stripOnce(words, SUFFIXES, 'end'), PREFIXES, 'start');
  if (place === 'london' && words.startsWith('city of london')) place = 'city of london';
  const slug = place.replace(/ /g, '-');
  if (!slug) throw new Error(`Cannot make a slug from the authority name "${name}"`);
  return slug;
}
