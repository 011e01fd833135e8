import { siteGates } from '../gates.ts';

siteGates('dist-fixtures');
