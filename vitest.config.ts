import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The PDF reader's property tests (tests/unit/pdf-layouts-<producer>.test.ts) are the
 * longest files by far on a first run, when they make their PDFs, yet the smallest: Vitest,
 * which starts unknown files largest first, would leave them to the end, one core idle
 * while the last runs. They go first, the slowest producer first.
 */
const FIRST = ['libreoffice', 'chromium', 'pdfkit'].map((name) => `/tests/unit/pdf-layouts-${name}.test.ts`);
const rank = (spec: TestSpecification) => {
  const at = FIRST.findIndex((end) => spec.moduleId.endsWith(end));
  return at < 0 ? FIRST.length : at;
};

class PropertyTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // Every core: Vitest's default leaves one free, which on a 2-core machine halves the suite's pace.
    maxWorkers: '100%',
    // Test files share their workers' module cache: each PDF test file would otherwise load
    // pdf.js afresh. No test mocks a module; the few that stub an environment variable unstub it.
    isolate: false,
    sequence: { sequencer: PropertyTestsFirst },
  },
});
