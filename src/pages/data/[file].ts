import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataFiles } from '../../lib/site/collection.ts';
import type { DataFiles } from '../../lib/site/data-files.ts';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Every open data file (data-files.ts makes them): CSV, JSON and datapackage.json. */
export const getStaticPaths = (async () => {
  const { files } = await loadDataFiles();
  return Object.keys(files).map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await loadDataFiles();
  const file = params.file as keyof DataFiles;
  return new Response(files[file], { headers: { 'Content-Type': TYPES[file.split('.').pop()!]! } });
};
