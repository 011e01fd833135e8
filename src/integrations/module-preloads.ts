/**
 * `<link rel="modulepreload">` for a built page's module scripts and every chunk they import
 * statically, so the browser asks for them all as it reads the head. Without them it learns
 * of an imported chunk only once the script importing it has arrived and been parsed: one
 * more round trip before the page's script can run. Vite writes these for the HTML pages it
 * builds itself; Astro's pages get none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';

/** The `src` of each `<script type="module" src="…">` in the page, in order. */
function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * The page's module scripts and what they import statically (not `import()`), as paths
 * from the site's root, each once, a script before its imports. `site` is the built site's
 * folder and `base` the site's base path, which every script path starts with.
 */
export async function moduleGraph(html: string, site: string, base: string): Promise<string[]> {
  await init;
  const root = base.replace(/\/?$/, '/');
  const found: string[] = [];
  const visit = (path: string, from: string) => {
    if (found.includes(path)) return;
    if (!path.startsWith(root))
      throw new Error(`${from}: the module ${path} is outside the site's base ${root}`);
    found.push(path);
    const file = join(site, path.slice(root.length));
    let code: string;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${from}: the module ${path} is not in the built site (${file})`);
    }
    const [imports] = parse(code, file);
    for (const { n: specifier, d: dynamic } of imports) {
      // A static import has d === -1; import.meta is -2, and a dynamic import is its offset.
      if (dynamic !== -1 || !specifier) continue;
      visit(new URL(specifier, `https://site${path}`).pathname, path);
    }
  };
  for (const src of moduleScripts(html)) visit(new URL(src, `https://site${root}`).pathname, 'the page');
  return found;
}

/** moduleGraph's paths as `<link rel="modulepreload">` elements. */
export async function modulePreloads(html: string, site: string, base: string): Promise<string> {
  return (await moduleGraph(html, site, base))
    .map((path) => `<link rel="modulepreload" href="${path}">`)
    .join('');
}
