import { expect, test } from 'vitest';
import { byInitial, nameInitial } from '../../src/lib/archive/initials.ts';
import { fixtureAuthorities } from './letters.ts';

test('a name is listed under its first letter, as a capital', () => {
  expect(nameInitial('St Helens')).toBe('S');
  expect(nameInitial('barnet')).toBe('B');
});

test('the groups run A to Z, each with its address and its authorities in the order given', () => {
  const groups = byInitial([{ name: 'Wigan' }, { name: 'Barnet' }, { name: 'Walsall' }, { name: 'Bury' }]);
  expect(groups.map((g) => [g.initial, g.slug, g.authorities.map((a) => a.name)])).toEqual([
    ['B', 'b', ['Barnet', 'Bury']],
    ['W', 'w', ['Wigan', 'Walsall']],
  ]);
});

test('every authority of the fixture register is in exactly one group', () => {
  const authorities = fixtureAuthorities();
  const groups = byInitial(authorities);
  expect(groups.flatMap((g) => g.authorities)).toHaveLength(authorities.length);
  expect(new Set(groups.flatMap((g) => g.authorities)).size).toBe(authorities.length);
  expect(groups.every((g) => g.authorities.every((a) => nameInitial(a.name) === g.initial))).toBe(true);
});
