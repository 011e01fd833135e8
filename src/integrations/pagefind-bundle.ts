/**
 * Writes one Pagefind bundle. pagefind.ts runs this module in a worker thread for each of the
 * site's two bundles, so both are indexed at once: a worker loads the pagefind module afresh,
 * and with it a Pagefind process of its own (one process works through its indexes one at a
 * time, so two indexes in one process take twice as long as one).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';

export interface BundleJob {
  /** The built site's folder. */
  site: string;
  /** Which of the site's pages to index, relative to `site`. */
  glob: string;
  /** Parts of those pages to leave out of the index. */
  excludeSelectors: string[];
  /** The bundle's folder. */
  outputPath: string;
}

export interface BundleResult {
  pages: number;
}

/** Indexes the job's pages and writes the bundle; every problem is thrown with its cause. */
export async function writeBundle({
  site,
  glob,
  excludeSelectors,
  outputPath,
}: BundleJob): Promise<BundleResult> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'en', excludeSelectors });
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await close();
  }
}

// Run as a worker: the result goes back as a message; a thrown error ends the worker and
// reaches the parent as the worker's 'error' event.
if (parentPort && workerData?.bundle)
  parentPort.postMessage(await writeBundle(workerData.bundle as BundleJob));
