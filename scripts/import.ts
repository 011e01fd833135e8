/**
 * npm run import -- <files or folders>… [--dry-run] [--force] [--keep-going] [--verbose]
 *                   [--url <address> --retrieved <YYYY-MM-DD>] [--added <YYYY-MM-DD>]
 *                   [--drafts <folder>]   (npm run import -- --help says what each does)
 *
 * Turns published letters (PDF or text) into content/letters/<slug>/<year>.mdx, with the
 * letter's text in content/sources/. Folders are walked, in order; a `manifest.csv`
 * (file,url,retrieved) in a folder says where its files came from. All or none by
 * default: any error, in any input, writes nothing. With --keep-going, every valid
 * letter is written and the refused ones are listed (exit status 1).
 * A new letter records today (or --added) as the date it joined the archive; a letter
 * imported again keeps the date it has. Before anything is written, the archive as it
 * would be after the import goes through the build's own checks (archiveCheck).
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
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { planImport } from '../src/lib/import/import-letters.ts';
import {
  letterInput,
  type ImportInput,
  type Origin,
  type UnreadableInput,
} from '../src/lib/import/import-input.ts';
import { checkOrigin, MANIFEST_NAME, parseManifest } from '../src/lib/import/import-manifest.ts';
import { explainPdfs } from '../src/lib/import/pdf-explain.ts';
import { isIsoDate } from '../src/lib/archive/letter-schema.ts';
import { archiveFolders } from '../src/lib/archive/archive-folders.ts';
import { MissingArchiveFile, readArchive } from '../src/lib/site/archive-files.ts';
import { formatProblem } from '../src/lib/archive/problems.ts';
import { commandLine, runCommand, UsageError } from './cli.ts';

const USAGE = `usage: npm run import -- <letter.pdf|letter.txt|folder>… [options]

Imports published letters (PDF or text) into the archive: content/letters/<slug>/<year>.mdx,
with the letter's text in content/sources/<slug>/<year>.txt. Folders are walked with their
subfolders; a manifest.csv (file,url,retrieved) beside the files records where they came
from. All or nothing: if any file is refused, nothing is written. Before writing, the
archive as it would be after the import goes through the build's checks.

  --dry-run             print what would be written; write nothing to the archive
  --force               replace letters that differ from what the import would write
  --keep-going          write every valid letter even when others are refused (exit status 1)
  --verbose             list each note (page numbers and running headers left out, …)
  --explain             import nothing: print the text read from each PDF, a line each,
                        numbered, with the part of the letter each line was taken for
  --url <address>       with one file: where its original was published
  --retrieved <date>    with one file: the day it was downloaded, YYYY-MM-DD
  --added <date>        the day new letters join the archive, YYYY-MM-DD (default today)
  --drafts <folder>     write the text read from each refused PDF to <folder>/<name>.txt,
                        to correct and import as a text (never inside the archive; written
                        with --dry-run too, and a draft already there is never overwritten)
  --letters-dir <dir>   the archive's letters folder (default content/letters)
  --root <folder>       the project folder the archive is in (default .)
  -h, --help            show this help`;

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
    errors.push(...manifest.errors.map(formatProblem));
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

/** A folder is inside another, or is it. */
const isInside = (folder: string, parent: string) =>
  folder === parent || folder.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** The drafts folder, refused where it would put drafts into the archive. */
function draftsFolder(drafts: string, root: string, lettersDir: string): string {
  const folders = archiveFolders(lettersDir);
  const archive = [folders.letters, folders.sources, ...(folders.parent === '.' ? [] : [folders.parent])];
  for (const folder of archive) {
    if (isInside(resolve(drafts), resolve(root, folder)))
      throw new UsageError(
        `--drafts: ${drafts} is inside the archive (${folder}); drafts never go into the archive: name a folder outside it`,
      );
  }
  return drafts;
}

/**
 * Writes the text read from each refused PDF to the drafts folder, as <name>.txt, to be
 * corrected and imported as a text. A draft already there with other text is kept: it
 * may hold the maintainer's corrections.
 */
function writeDrafts(
  folder: string,
  refused: readonly string[],
  inputs: ReadonlyArray<ImportInput | UnreadableInput>,
): void {
  const taken = new Set<string>();
  for (const path of refused) {
    const input = inputs.find((one) => one.path === path);
    if (!input) continue;
    const pdf = 'errors' in input ? /\.pdf$/i.test(path) : input.sha256 !== undefined;
    if (!pdf) continue;
    if ('errors' in input) {
      console.error(`draft: none for ${path}: no text could be read from it`);
      continue;
    }
    let name = `${basename(path, extname(path))}.txt`;
    for (let n = 2; taken.has(name); n++) name = `${basename(path, extname(path))}-${n}.txt`;
    taken.add(name);
    const draft = join(folder, name);
    if (existsSync(draft)) {
      const same = Buffer.compare(readFileSync(draft), input.bytes) === 0;
      console.error(
        same
          ? `draft: ${draft} already holds the text read from ${path}`
          : `draft: kept ${draft}, which differs from the text read from ${path} (your corrections?); delete it for a fresh draft`,
      );
      continue;
    }
    mkdirSync(folder, { recursive: true });
    writeFileSync(draft, input.bytes);
    console.error(`draft: wrote ${draft}, the text read from ${path}: correct it, then import it`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = commandLine(argv, {
    name: 'import',
    usage: USAGE,
    positionals: { min: 1, max: Infinity },
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
      drafts: { type: 'string' },
    },
  });
  if (values.explain) return explainPdfs(positionals, (text) => console.log(text));
  if (!isIsoDate(values.added))
    throw new UsageError(`--added: must be a calendar date written YYYY-MM-DD, not ${values.added}`);
  const root = values.root;
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new UsageError(`--root: ${root} is not a folder`);
  const lettersDir = values['letters-dir'];
  const drafts = values.drafts === undefined ? undefined : draftsFolder(values.drafts, root, lettersDir);
  for (const path of positionals)
    if (!existsSync(path)) throw new UsageError(`${path}: no such file or folder`);

  // The archive as it is, read before any input: what the import is checked against.
  let archive;
  try {
    archive = readArchive(lettersDir, root);
  } catch (error) {
    if (!(error instanceof MissingArchiveFile)) throw error;
    console.error(
      `${error.message}\nNothing written: the import is checked against the archive's data files.`,
    );
    return 1;
  }

  const found = findFiles(positionals);
  for (const skipped of found.skipped) console.log(`note: skipped ${skipped} (not a .pdf or .txt file)`);
  const { origins, errors: manifestErrors } = readManifests(found.manifests);
  if (values.url !== undefined || values.retrieved !== undefined) {
    if (found.files.length !== 1) {
      manifestErrors.push(`--url and --retrieved: name exactly one file, or use a ${MANIFEST_NAME}`);
    } else {
      const { origin, problems } = checkOrigin({ url: values.url, retrieved: values.retrieved });
      manifestErrors.push(...problems.map(({ field, message }) => `--${field}: ${message}`));
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
        errors: [
          {
            file: path,
            line: 1,
            field: 'file',
            message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
          },
        ],
      });
      bar.tick(path);
      continue;
    }
    inputs.push(await letterInput(path, bytes, origins.get(resolve(path))));
    bar.tick(path);
  }
  bar.stop();

  const plan = planImport(inputs, {
    force: values.force,
    keepGoing: values['keep-going'],
    lettersDir,
    added: values.added,
    existing: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : undefined),
    archive,
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
  const would = values['dry-run'] || allOrNothing || plan.archiveErrors.length ? 'would be ' : '';
  console.log(
    `\nSummary: ${count('imported')} ${would}imported, ${count('unchanged')} unchanged, ${refused} refused` +
      (plan.notes.length && !values.verbose ? ` (${plan.notes.length} notes: --verbose shows them)` : ''),
  );
  for (const file of plan.files.filter((f) => f.status === 'refused')) {
    console.error(`refused ${file.path}`);
    for (const error of file.errors) console.error(`  ${formatProblem(error)}`);
  }
  if (drafts !== undefined)
    writeDrafts(
      drafts,
      plan.files.filter((f) => f.status === 'refused').map((f) => f.path),
      inputs,
    );
  if (plan.archiveErrors.length) {
    console.error(`The archive fails the build's checks whatever is imported:`);
    for (const error of plan.archiveErrors) console.error(`  ${formatProblem(error)}`);
    console.error('Nothing written: fix the archive first.');
    return 1;
  }
  if (allOrNothing) {
    console.error(
      `Nothing written: ${refused} of ${found.files.length} file(s) refused. Fix them, or pass --keep-going to write the others.`,
    );
  }
  return refused ? 1 : 0;
}

await runCommand('import', () => main(process.argv.slice(2)));
