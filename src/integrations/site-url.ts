/**
 * A build without SITE_URL says so once, at its start: its pages then use addresses
 * relative to the site (site-config.ts, docs/deploy.md) instead of a made-up one.
 */
import type { AstroIntegration } from 'astro';
import { configuredSiteUrl, SITE_URL_WARNING } from '../lib/site/site-config.ts';

export function siteUrlWarning(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'assessment-letters:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!configuredSiteUrl(env)) logger.warn(SITE_URL_WARNING);
      },
    },
  };
}
