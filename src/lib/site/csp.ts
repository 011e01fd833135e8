/**
 * The site's Content-Security-Policy: everything from the site's own origin, no inline
 * script, and WebAssembly compilation for Pagefind's search. Declared in every page's
 * <meta> and in a headers file for static hosts (which can add frame-ancestors, a
 * directive a <meta> policy cannot carry).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CSP = CSP_DIRECTIVES.join('; ');

/** A `_headers` file, as Netlify and Cloudflare Pages read it. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CSP}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
