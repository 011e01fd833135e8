/** A path inside the site, under whatever base it is built with ("/" or "/archive/"). */
export function sitePath(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}

/** The site's full address with its base, for links that leave the site: feeds, data, citations. */
export function siteUrl(site: URL | undefined): string {
  if (!site) throw new Error('The site address is not set: set `site` in astro.config.mjs');
  return new URL(sitePath(), site).href;
}
