import { expect, test } from 'vitest';
import { authoritySlug } from '../../src/lib/archive/slug.ts';

test.each([
  ['Cambridgeshire County Council', 'cambridgeshire'],
  ['Northamptonshire County Council', 'northamptonshire'],
  ['City of London', 'city-of-london'],
  ['City of London Corporation', 'city-of-london'],
  ['Kingston upon Hull City Council', 'kingston-upon-hull'],
  ['Royal Borough of Kingston upon Thames', 'kingston-upon-thames'],
  ['Bristol City Council', 'bristol'],
  ['City of Bristol', 'bristol'],
  ['London Borough of Barking and Dagenham', 'barking-and-dagenham'],
  ['Brighton & Hove City Council', 'brighton-and-hove'],
  ['St. Helens Metropolitan Borough Council', 'st-helens'],
  ['Stoke-on-Trent City Council', 'stoke-on-trent'],
  ['Council of the Isles of Scilly', 'isles-of-scilly'],
  ['City of York Council', 'york'],
  ["King's Lynn", 'kings-lynn'],
])('%s → %s', (name, slug) => {
  expect(authoritySlug(name)).toBe(slug);
});

test('the same authority spelt differently keeps one slug', () => {
  expect(authoritySlug('Cambridgeshire County Council')).toBe(
    authoritySlug('  cambridgeshire  county council '),
  );
});

test('a name with no letters or digits has no slug', () => {
  expect(() => authoritySlug('—')).toThrowErrorMatchingInlineSnapshot(
    `[Error: Cannot make a slug from the authority name "—"]`,
  );
});
