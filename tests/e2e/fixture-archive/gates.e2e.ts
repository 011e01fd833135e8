import { siteGates } from '../gates.ts';

// The fixture archive holds every kind of letter, grade and evidence: every page is checked
// without a browser, and the browser opens the first, last and largest of each template,
// as on the real archive, where axe checks the largest of each; here it checks all three.
siteGates('dist-fixtures', '/', { open: 'each template', axe: 'each template', markup: true });
