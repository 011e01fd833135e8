/**
 * Chromium's print: HTML pages to PDFs with Playwright's `page.pdf()`, driving the
 * system's Chromium (scripts/chromium.ts). One browser per batch, as starting a browser
 * costs far more than printing a letter, and a few pages in it printing at once, each
 * reused for document after document: while one page lays a letter out, another's PDF is
 * on its way back to Node, so the browser and Node both stay busy.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

export interface PrintJob {
  html: string;
  /** Chromium's own header and footer (displayHeaderFooter): the date, title and "Page X of Y". */
  browserHeaderFooter?: boolean;
  /** A tagged PDF: its text in marked content, with a structure tree. */
  tagged?: boolean;
}

/** Whether there is a Chromium to print with, and why not. */
export function chromiumAbsence(): string | undefined {
  return findChromium() ? undefined : 'no Chromium was found (set CHROMIUM_PATH to one)';
}

const TEMPLATE_STYLE = 'font-size:8pt;width:100%;text-align:center;font-family:sans-serif';

async function printOne(page: Page, job: PrintJob): Promise<Uint8Array> {
  // The page's fonts are data URLs and its pictures inline: nothing is fetched.
  await page.setContent(job.html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    tagged: job.tagged ?? false,
    ...(job.browserHeaderFooter
      ? {
          displayHeaderFooter: true,
          headerTemplate: `<div style="${TEMPLATE_STYLE}">Children's services assessment</div>`,
          footerTemplate:
            `<div style="${TEMPLATE_STYLE}">Page <span class="pageNumber"></span> of ` +
            `<span class="totalPages"></span></div>`,
        }
      : {}),
  });
  return new Uint8Array(pdf);
}

/** How many pages print at once: more than the cores, as each waits on Node in turn. */
export const PAGES_AT_ONCE = 4;

/** Prints every job in one browser, in order. */
export async function printPdfs(jobs: PrintJob[], pages = PAGES_AT_ONCE): Promise<Uint8Array[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumAbsence());
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ offline: true });
    // Belt and braces with `offline`: a request that tries to leave is refused, not made.
    await context.route(/^(?!data:|about:)/, (route) => route.abort());
    const out: Uint8Array[] = [];
    let next = 0;
    // Each page takes the next job still to print until none is left.
    const printer = async () => {
      const page = await context.newPage();
      for (let i = next++; i < jobs.length; i = next++) out[i] = await printOne(page, jobs[i]!);
    };
    await Promise.all(Array.from({ length: Math.min(pages, jobs.length) }, printer));
    return out;
  } finally {
    await browser.close();
  }
}
