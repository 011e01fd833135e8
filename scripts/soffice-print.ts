/**
 * LibreOffice Writer's print: Word documents to PDFs with `soffice --headless
 * --convert-to pdf`. Starting soffice costs about two seconds of CPU, converting a letter
 * a tenth of that, so every document of a batch goes to one call; a batch of many is
 * split between two calls side by side (one per core), each with its own user profile,
 * as two processes sharing one profile lock each other out.
 */
import { spawn, spawnSync } from 'node:child_process';
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

/** Below this many documents a second soffice costs more to start than it saves. */
const PER_PROCESS = 20;

/** Runs soffice to completion; resolves with its exit status and the end of its stderr. */
function run(args: string[], timeout: number): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(SOFFICE, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** A Word document to print, and whether as a tagged PDF. */
export interface DocxJob {
  docx: Uint8Array;
  tagged?: boolean;
}

/** The PDF export's filter: a tagged PDF asked for in its options (LibreOffice 7.4's JSON form). */
const filter = (tagged: boolean) =>
  tagged ? 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' : 'pdf';

/** Converts the documents to PDF in one soffice call, in order, tagged or not as `tagged` says. */
async function convertInOneCall(documents: Uint8Array[], tagged = false): Promise<Uint8Array[]> {
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
    const { status, stderr } = await run(
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter(tagged),
        '--outdir',
        out,
        ...names.map((name) => join(inbox, `${name}.docx`)),
      ],
      60_000 + documents.length * 10_000,
    );
    return names.map((name) => {
      try {
        return new Uint8Array(readFileSync(join(out, `${name}.pdf`)));
      } catch {
        throw new Error(`soffice did not print ${name}.docx (${status}): ${stderr}`);
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Converts every document to PDF, in order. One soffice call exports with one filter, so
 * the tagged and the untagged go in calls of their own, side by side; a kind with many
 * documents is split in two calls where there is no other kind to run beside it.
 */
export async function convertDocxs(jobs: DocxJob[], processes = 2): Promise<Uint8Array[]> {
  if (jobs.length === 0) return [];
  const missing = sofficeAbsence();
  if (missing) throw new Error(missing);
  const kinds = [false, true]
    .map((tagged) => ({ tagged, at: jobs.flatMap((job, i) => (Boolean(job.tagged) === tagged ? [i] : [])) }))
    .filter((kind) => kind.at.length > 0);
  const parts = kinds.flatMap(({ tagged, at }) => {
    const calls = Math.max(1, Math.min(processes - kinds.length + 1, Math.floor(at.length / PER_PROCESS)));
    const size = Math.ceil(at.length / calls);
    return Array.from({ length: calls }, (_, i) => ({ tagged, at: at.slice(i * size, (i + 1) * size) }));
  });
  const printed = await Promise.all(
    parts.map(({ tagged, at }) =>
      convertInOneCall(
        at.map((i) => jobs[i]!.docx),
        tagged,
      ),
    ),
  );
  const out: Uint8Array[] = [];
  parts.forEach(({ at }, p) => at.forEach((i, k) => (out[i] = printed[p]![k]!)));
  return out;
}
