import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every core: Vitest's default leaves one free, which on a 2-core machine halves the suite's pace.
    maxWorkers: '100%',
    // Test files share their workers' module cache: each PDF test file would otherwise load
    // pdf.js afresh. No test mocks a module; the few that stub an environment variable unstub it.
    isolate: false,
  },
});
