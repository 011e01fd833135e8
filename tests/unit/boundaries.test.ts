/**
 * The folder boundaries (docs/architecture.md) hold because ESLint refuses an import across
 * them: each case here lints a one-line module placed in a folder, with the project's
 * own eslint.config.js.
 */
import { ESLint } from 'eslint';
import { beforeAll, expect, test } from 'vitest';

const eslint = new ESLint();
// Loading the configuration and its parsers takes seconds on a busy machine: once, here.
beforeAll(() => eslint.lintText('', { filePath: 'src/lib/archive/new.ts' }), 60_000);

/** The boundary messages ESLint gives `code` as if it were the file `filePath`. */
async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test.each([
  ['src/lib/archive/new.ts', "import x from '../site/routes.ts';"],
  ['src/lib/archive/new.ts', "import x from '../site/site-config.ts';"],
  ['src/lib/import/new.ts', "import x from '../site/site-config.ts';"],
  ['src/lib/archive/new.ts', "import x from '../site/archive-files.ts';"],
  ['src/lib/archive/new.ts', "import x from 'node:fs';"],
  ['src/lib/archive/new.ts', "import { getCollection as x } from 'astro:content';"],
  ['src/lib/search/new.ts', "import x from '../import/pdf-text.ts';"],
  ['src/lib/search/new.ts', "import { readFileSync as x } from 'node:fs';"],
  ['src/scripts/new.ts', "import x from '../lib/import/text/letter-text.ts';"],
  ['src/scripts/new.ts', "import x from 'node:path';"],
  ['src/lib/site/new.ts', "import x from '../import/import-letters.ts';"],
  ['src/lib/site/new.ts', "import x from '../import/letter-mdx.ts';"],
  ['src/lib/import/new.ts', "import x from '../site/routes.ts';"],
])('%s may not %s', async (filePath, code) => {
  expect(await refusals(filePath, code)).toHaveLength(1);
});

test.each([
  ['src/lib/archive/new.ts', "import x from './grades.ts';"],
  ['src/lib/search/new.ts', "import x from '../archive/grades.ts';"],
  ['src/scripts/new.ts', "import x from '../lib/site/routes.ts';"],
  ['src/lib/site/new.ts', "import x from './archive-files.ts';"],
  ['src/lib/site/new.ts', "import { getCollection as x } from 'astro:content';"],
  ['src/lib/import/new.ts', "import { readFileSync as x } from 'node:fs';"],
  ['src/lib/import/new.ts', "import x from '../archive/archive-folders.ts';"],
])('%s may %s', async (filePath, code) => {
  expect(await refusals(filePath, code)).toEqual([]);
});
