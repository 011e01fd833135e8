/**
 * LibreOffice Writer's print: Word documents to PDFs with `soffice --headless
 * --convert-to pdf`, many files per call (one process start per batch), each call with a
 * private user profile so that runs side by side do not share (and lock) one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice to run: SOFFICE_PATH where set, else the one on the PATH. */
const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

let absence: string | undefined | null = null;
/** Why LibreOffice cannot print here (soffice is missing), or undefined when it can. */
export function sofficeAbsence(): string | undefined {
  if (absence === null) {
    const probe = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    absence =
      probe.status === 0
        ? undefined
        : `LibreOffice's soffice is not installed (on Debian: apt-get install libreoffice-writer-nogui)`;
  }
  return absence;
}

/** Converts every document to PDF in one soffice run, in order. */
export function convertDocxs(documents: Uint8Array[]): Uint8Array[] {
  if (documents.length === 0) return [];
  const missing = sofficeAbsence();
  if (missing) throw new Error(missing);
  const work = mkdtempSync(join(tmpdir(), 'soffice-'));
  try {
    const inbox = join(work, 'in');
    const out = join(work, 'out');
    mkdirSync(inbox);
    const names = documents.map((doc, i) => {
      const name = `${String(i).padStart(4, '0')}`;
      writeFileSync(join(inbox, `${name}.docx`), doc);
      return name;
    });
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...names.map((name) => join(inbox, `${name}.docx`)),
      ],
      { encoding: 'utf8', timeout: 60_000 + documents.length * 10_000 },
    );
    return names.map((name) => {
      try {
        return new Uint8Array(readFileSync(join(out, `${name}.pdf`)));
      } catch {
        throw new Error(`soffice did not print ${name}.docx (${run.status}): ${run.stderr.slice(-2000)}`);
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
