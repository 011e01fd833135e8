import { siteGates } from '../gates.ts';

// Every page of the fixture archive, which holds every kind of letter, grade and evidence,
// opened in the browser; axe checks the first, last and largest of each template.
siteGates('dist-fixtures', '/', { open: 'every page', axe: 'each template', markup: true });
