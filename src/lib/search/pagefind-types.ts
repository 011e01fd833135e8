/** The part of Pagefind's browser API the site uses (pagefind/pagefind.js, built by the index step). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string; text?: string };
  locations: number[];
}

export interface PagefindResultData {
  url: string;
  /** The page's indexed text; `locations` index its words, split on white space. */
  content: string;
  locations: number[];
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  /** The page's id in the index, the same in every search. */
  id: string;
  /** How well the page matches the search (higher is better). */
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options: (options: {
    baseUrl?: string;
    excerptLength?: number;
    noWorker?: boolean;
    /** What Pagefind puts after ?ts= when it asks for its entry file (else the time). */
    metaCacheTag?: string;
  }) => Promise<void>;
  init: () => Promise<void>;
  /** Every filter value in the index, with how many pages have it. */
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch | null>;
}
