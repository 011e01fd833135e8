import { siteGates } from '../gates.ts';

// Every page of the fixture archive, which holds every kind of letter, grade and evidence.
siteGates('dist-fixtures', '/', { open: 'every page', axe: 'every page' });
