/** The PDF reader's golden property on Chromium's print of HTML/CSS letters (tests/unit/pdf-property.ts). */
import { layoutTests } from './pdf-property.ts';

layoutTests('chromium');
