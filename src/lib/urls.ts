/** A path inside the site, under whatever base it is built with ("/" or "/archive/"). */
export function sitePath(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}
