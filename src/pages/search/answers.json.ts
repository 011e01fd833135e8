import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/site/collection.ts';
import { answersData } from '../../lib/search/answers-data.ts';

/** The facts behind the search page's answer cards (lib/search/search-answers.ts), a few KB gzipped. */
export const GET: APIRoute = async () => Response.json(answersData(await loadArchive()));
