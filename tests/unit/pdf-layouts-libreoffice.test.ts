/**
 * The PDF reader's golden property on LibreOffice Writer's print of Word documents
 * (tests/unit/pdf-property.ts), where soffice is installed; where it is not, one passing
 * test says so.
 */
import { layoutTests } from './pdf-property.ts';

layoutTests('libreoffice');
