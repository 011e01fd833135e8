import { siteGates } from '../gates.ts';

// The real archive grows to about a thousand pages: each is opened, and axe checks a few
// of each template (the fixture archive's gates run axe on every page).
siteGates('dist', '/', { open: 'every page', axe: 'each template' });
