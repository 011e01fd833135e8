/** Writes the security headers file for static hosts beside the built site. */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/site/csp.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'assessment-letters:headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}
