import { siteGates } from '../gates.ts';

// The real archive grows to about a thousand pages, most of them built from a few
// templates: every page is checked without a browser (HTML, links, weight), and the
// browser opens the first, last and largest of each template, and axe checks the largest
// (on the fixture archive's smaller pages, axe checks all three).
siteGates('dist', '/', { open: 'each template', axe: 'one of each template', markup: true });
