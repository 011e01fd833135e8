// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/headers.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { siteUrlWarning } from './src/integrations/site-url.ts';
import { passageAnchorPlugins } from './src/lib/markdown/passage-anchors.ts';
import { HITS_PATH } from './src/lib/site/routes.ts';
import { absoluteSiteUrl, buildCacheDirectory, outDirectory } from './src/lib/site/site-config.ts';

/**
 * Astro marks each MDX entry's asset module with the directive "use astro:head-inject",
 * and the bundler warns, 10 lines a letter, that it may not keep it (Astro issue 18087:
 * Astro reads the marker itself before bundling, so nothing is lost). Only that warning
 * is dropped; every other goes through.
 * @param {{ code?: string, message: string }} warning
 * @param {(warning: any) => void} warn
 */
function quietHeadInject(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"'))
    return;
  warn(warning);
}

export default defineConfig({
  // The sitemap's address, from the one function the feed uses too (site-config.ts): without
  // SITE_URL, only they see DEFAULT_SITE_URL, a name reserved never to resolve; pages use
  // relative addresses (publicSiteUrl).
  site: absoluteSiteUrl(),
  // SITE_BASE builds the site under a sub-path.
  base: process.env.SITE_BASE || '/',
  outDir: outDirectory(),
  cacheDir: buildCacheDirectory(),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Four pages at a time: while one page's file is written or a letter's module loads,
    // another renders, instead of the build waiting (the benchmark's pages phase). Pages
    // share only what collection.ts reads once; each page's output is the same.
    concurrency: 4,
  },
  // No remark or rehype plugins: the default processor renders GFM tables itself, and
  // one Sätteri plugin links each heading and bullet. Letters keep their own
  // punctuation: no curly quotes the letter did not print.
  markdown: {
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: passageAnchorPlugins() }),
  },
  integrations: [
    siteUrlWarning(),
    mdx(),
    // Every built page but the 404 (left out by the integration) and the search hits page,
    // which is a view of a letter page, not a page of its own.
    sitemap({ filter: (page) => !page.endsWith(`/${HITS_PATH}`) }),
    securityHeaders(),
    pagefind(),
  ],
  vite: {
    build: {
      // Scripts always ship as files, never inline: the Content-Security-Policy allows no inline script.
      assetsInlineLimit: 0,
      rolldownOptions: { onwarn: quietHeadInject },
    },
  },
});
