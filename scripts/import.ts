/**
 * npm run import -- <files or folders>… [--dry-run] [--force] [--keep-going] [--verbose]
 *                   [--url <address> --retrieved <YYYY-MM-DD>] [--added <YYYY-MM-DD>]
 *
 * Turns published letters (PDF or text) into content/letters/<slug>/<year>.mdx, with the
 * letter's text in content/sources/. Folders are walked, in order; a `manifest.csv`
 * (file,url,retrieved) in a folder says where its files came from. All or none by
 * default: any error, in any input, writes nothing. With --keep-going, every valid
 * letter is written and the refused ones are listed (exit status 1).
 * A new letter records today (or --added) as the date it joined the archive; a letter
 * imported again keeps the date it has.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { letterInput, planImport, type Origin } from '../src/lib/import/import-letters.ts';
import { checkOrigin, MANIFEST_NAME, parseManifest } from '../src/lib/import/import-manifest.ts';
import { explainPdfs } from '../src/lib/import/pdf-explain.ts';
import { isIsoDate } from '../src/lib/archive/letter-schema.ts';

const usage =
  'usage: npm run import -- <letter.pdf|letter.txt|folder>… [--dry-run] [--force] [--keep-going] [--verbose] [--url <address>] [--retrieved <YYYY-MM-DD>] [--added <YYYY-MM-DD>] [--letters-dir content/letters] [--root <project folder>]';

const LETTER_FILE = /\.(?:pdf|txt)$/i;

interface Found {
  files: string[];
  manifests: string[];
  skipped: string[];
}

/** The files to import, in order: each folder walked, sorted; what is not a letter noted. */
function findFiles(paths: string[]): Found {
  const found: Found = { files: [], manifests: [], skipped: [] };
  for (const path of paths) {
    if (existsSync(path) && statSync(path).isDirectory()) {
      const names = readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      for (const name of names) {
        if (basename(name) === MANIFEST_NAME) found.manifests.push(name);
        else if (LETTER_FILE.test(name)) found.files.push(name);
        else found.skipped.push(name);
      }
    } else {
      found.files.push(path);
      const beside = join(dirname(path), MANIFEST_NAME);
      if (existsSync(beside) && !found.manifests.includes(beside)) found.manifests.push(beside);
    }
  }
  return found;
}

/** Origins by absolute path, from every manifest; or the manifests' errors. */
function readManifests(manifests: string[]): { origins: Map<string, Origin>; errors: string[] } {
  const origins = new Map<string, Origin>();
  const errors: string[] = [];
  for (const name of manifests) {
    const manifest = parseManifest(readFileSync(name, 'utf8'), name);
    errors.push(...manifest.errors);
    for (const [file, { line: _line, ...origin }] of manifest.rows) {
      origins.set(resolve(dirname(name), file), origin);
    }
  }
  return { origins, errors };
}

/** A progress bar on a terminal; one plain line per file in CI or a pipe. */
function progress(total: number) {
  const tty = process.stderr.isTTY && !process.env.CI;
  if (!tty) {
    let done = 0;
    return {
      tick: (file: string) => console.log(`[${++done}/${total}] ${file}`),
      stop: () => {},
    };
  }
  const bar = new SingleBar(
    {
      format: '{bar} {value}/{total} letters | {rate} per second | {file}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  let done = 0;
  bar.start(total, 0, { rate: '0.0', file: '' });
  return {
    tick: (file: string) => {
      const seconds = (performance.now() - started) / 1000;
      bar.increment({ file, rate: (++done / Math.max(seconds, 0.001)).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'keep-going': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        url: { type: 'string' },
        retrieved: { type: 'string' },
        root: { type: 'string', default: '.' },
        'letters-dir': { type: 'string', default: 'content/letters' },
        added: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { positionals, values } = args;
  if (positionals.length === 0) {
    console.error(usage);
    return 2;
  }
  if (values.explain) return explainPdfs(positionals, (text) => console.log(text));
  if (!isIsoDate(values.added)) {
    console.error(`--added: must be a calendar date written YYYY-MM-DD, not ${values.added}\n${usage}`);
    return 2;
  }

  const found = findFiles(positionals);
  for (const skipped of found.skipped) console.log(`note: skipped ${skipped} (not a .pdf or .txt file)`);
  const { origins, errors: manifestErrors } = readManifests(found.manifests);
  if (values.url !== undefined || values.retrieved !== undefined) {
    if (found.files.length !== 1) {
      manifestErrors.push(`--url and --retrieved: name exactly one file, or use a ${MANIFEST_NAME}`);
    } else {
      const { origin, problems } = checkOrigin({ url: values.url, retrieved: values.retrieved });
      manifestErrors.push(...problems.map((problem) => `--${problem}`));
      origins.set(resolve(found.files[0]!), origin);
    }
  }
  if (manifestErrors.length) {
    for (const error of manifestErrors) console.error(error);
    console.error('Nothing written: fix the provenance first.');
    return 1;
  }
  if (found.files.length === 0) {
    console.error(`No .pdf or .txt files in ${positionals.join(', ')}.`);
    return 1;
  }

  const bar = progress(found.files.length);
  const inputs = [];
  for (const path of found.files) {
    let bytes;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      inputs.push({
        path,
        errors: [`${path}:1: file: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`],
      });
      bar.tick(path);
      continue;
    }
    inputs.push(await letterInput(path, bytes, origins.get(resolve(path))));
    bar.tick(path);
  }
  bar.stop();

  const root = values.root;
  const plan = planImport(inputs, {
    force: values.force,
    keepGoing: values['keep-going'],
    lettersDir: values['letters-dir'],
    added: values.added,
    existing: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : undefined),
  });
  if (values.verbose) for (const note of plan.notes) console.log(`note: ${note}`);

  for (const write of plan.writes.filter((w) => w.status !== 'unchanged')) {
    const verb = write.status === 'new' ? 'write' : 'replace';
    console.log(`${values['dry-run'] ? 'would ' : ''}${verb} ${write.path}`);
    if (values['dry-run'] && typeof write.content === 'string') console.log(write.content);
  }
  if (!values['dry-run']) {
    // Write each file beside its destination first, then rename: a crash leaves no half letter.
    for (const write of plan.writes.filter((w) => w.status !== 'unchanged')) {
      const target = join(root, write.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(`${target}.tmp`, write.content);
      renameSync(`${target}.tmp`, target);
    }
  }

  const count = (status: string) => plan.files.filter((file) => file.status === status).length;
  const refused = count('refused');
  const allOrNothing = refused > 0 && !values['keep-going'];
  const would = values['dry-run'] || allOrNothing ? 'would be ' : '';
  console.log(
    `\nSummary: ${count('imported')} ${would}imported, ${count('unchanged')} unchanged, ${refused} refused` +
      (plan.notes.length && !values.verbose ? ` (${plan.notes.length} notes: --verbose shows them)` : ''),
  );
  for (const file of plan.files.filter((f) => f.status === 'refused')) {
    console.error(`refused ${file.path}`);
    for (const error of file.errors) console.error(`  ${error}`);
  }
  if (allOrNothing) {
    console.error(
      `Nothing written: ${refused} of ${found.files.length} file(s) refused. Fix them, or pass --keep-going to write the others.`,
    );
  }
  return refused ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
