/**
 * Opening a PDF, safely. A PDF is a program-like format, so a hostile file must stay
 * inert: pdf.js is a current version (font programs ran through eval before 4.2.67,
 * CVE-2024-4367; the bundled 6.x has no eval path at all), nothing is fetched (no fonts,
 * CMaps or system fonts), no forms or scripts are run, and size and pages are limited.
 */

/** A letter is 2 to 4 pages; anything far bigger is not one, and could exhaust the machine. */
export const PDF_LIMITS = { bytes: 20 * 1024 * 1024, pages: 20 };

/** Why a PDF cannot be read as a letter; the message completes "file: pdf: …". */
export class PdfTextError extends Error {
  /** The page the problem is on, where it is on one. */
  readonly page?: number;
  /** The line of the text read (as --explain numbers it), where the problem is on one. */
  readonly line?: number;
  constructor(message: string, at: { page?: number; line?: number } = {}) {
    super(message);
    this.name = 'PdfTextError';
    if (at.page !== undefined) this.page = at.page;
    if (at.line !== undefined) this.line = at.line;
  }
}

/** True when the bytes start like a PDF (`%PDF-` within the first KB, as readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

const options: NonNullable<Parameters<typeof import('unpdf').getDocumentProxy>[1]> & {
  isEvalSupported: false;
} = {
  // Kept for older pdf.js builds; 6.x removed the eval path this switched off.
  isEvalSupported: false,
  enableXfa: false,
  useSystemFonts: false,
  disableFontFace: true,
  useWorkerFetch: false,
  // No URLs: fonts, CMaps, ICC profiles and wasm are never fetched.
  cMapUrl: undefined,
  standardFontDataUrl: undefined,
  wasmUrl: undefined,
  iccUrl: undefined,
  useWasm: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  maxImageSize: 4096 * 4096,
  verbosity: 0,
};

/** Opens the PDF, or says why it cannot be read. */
export async function openPdf(bytes: Uint8Array) {
  if (bytes.length > PDF_LIMITS.bytes) {
    const mb = (bytes.length / 2 ** 20).toFixed(1);
    throw new PdfTextError(`the PDF is ${mb} MB; a letter is a few pages, so files over 20 MB are refused`);
  }
  if (!looksLikePdf(bytes)) throw new PdfTextError('not a PDF file (no "%PDF-" header)');
  try {
    // pdf.js (1.6 MB) is loaded with the first PDF, so importing texts stays quick. It
    // takes the buffer over: give it a copy so the caller's bytes stay whole.
    const { getDocumentProxy } = await import('unpdf');
    return await getDocumentProxy(new Uint8Array(bytes), options);
  } catch (error) {
    const { name, message } = error as Error;
    if (name === 'PasswordException') {
      throw new PdfTextError('the PDF is encrypted with a password, so its text cannot be read');
    }
    throw new PdfTextError(`the PDF is damaged and cannot be read (${message})`);
  }
}
