/**
 * npm run import -- <letter.txt>… [--dry-run] [--force] [--added YYYY-MM-DD]
 *
 * Turns published letter texts into content/letters/<slug>/<year>.mdx, with a copy of
 * each text in content/sources/. All or none: any error, in any input, writes nothing.
 * A new letter records today (or --added) as the date it joined the archive; a letter
 * imported again keeps the date it has.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { planImport } from '../src/lib/import-letters.ts';
import { isIsoDate } from '../src/lib/letter-schema.ts';

const usage =
  'usage: npm run import -- <letter.txt>… [--dry-run] [--force] [--added YYYY-MM-DD] [--letters-dir content/letters] [--root <project folder>]';

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        root: { type: 'string', default: '.' },
        'letters-dir': { type: 'string', default: 'content/letters' },
        added: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { positionals: files, values } = args;
  if (files.length === 0) {
    console.error(usage);
    return 2;
  }
  if (!isIsoDate(values.added)) {
    console.error(`--added: must be a calendar date written YYYY-MM-DD, not ${values.added}\n${usage}`);
    return 2;
  }

  const inputs = [];
  for (const path of files) {
    try {
      inputs.push({ path, bytes: readFileSync(path) });
    } catch (error) {
      console.error(`${path}:1: file: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      return 1;
    }
  }

  const root = values.root;
  const plan = planImport(inputs, {
    force: values.force,
    lettersDir: values['letters-dir'],
    added: values.added,
    existing: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : undefined),
  });
  for (const note of plan.notes) console.log(`note: ${note}`);
  if (plan.errors.length) {
    for (const error of plan.errors) console.error(error);
    console.error(`Nothing written: ${plan.errors.length} problem(s) in ${files.length} file(s).`);
    return 1;
  }

  for (const write of plan.writes) {
    const verb = write.status === 'unchanged' ? 'unchanged' : write.status === 'new' ? 'write' : 'replace';
    console.log(`${values['dry-run'] ? 'would ' : ''}${verb} ${write.path}`);
    if (values['dry-run'] && typeof write.content === 'string' && write.status !== 'unchanged') {
      console.log(write.content);
    }
  }
  if (values['dry-run']) return 0;

  // Write each file beside its destination first, then rename: a crash leaves no half letter.
  for (const write of plan.writes.filter((w) => w.status !== 'unchanged')) {
    const target = join(root, write.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.tmp`, write.content);
    renameSync(`${target}.tmp`, target);
  }
  const changed = plan.writes.filter((w) => w.status !== 'unchanged').length;
  console.log(`Done: ${changed} file(s) written, ${plan.writes.length - changed} unchanged.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
