import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataFiles } from '../../../lib/site/collection.ts';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** Each letter as JSON and as plain text (data-downloads.ts makes them), linked from its page. */
export const getStaticPaths = (async () => {
  const { letters } = await loadDataFiles();
  return [...letters.keys()].map((path) => ({ params: { file: path.replace(/^letters\//, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { letters } = await loadDataFiles();
  const file = params.file!;
  return new Response(letters.get(`letters/${file}`), {
    headers: { 'Content-Type': TYPES[file.split('.').pop()!]! },
  });
};
