import type { APIRoute } from 'astro';
import { loadDataFiles } from '../../lib/site/collection.ts';

/** Every open data file in one zip, made at build time (data-downloads.ts). */
export const GET: APIRoute = async () => {
  const { zip } = await loadDataFiles();
  return new Response(new Uint8Array(zip), { headers: { 'Content-Type': 'application/zip' } });
};
