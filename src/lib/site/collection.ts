/**
 * The only place the collections are read. Every page shares one sorted, grouped and
 * summarised result instead of querying, sorting or grouping again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from '../archive/build-archive.ts';
import { failOnProblems } from '../archive/archive-checks.ts';
import { Register } from '../archive/register.ts';
import { improvementItems, type ImprovementItem } from '../archive/improvements.ts';
import { themeProblems, type ImprovementTheme } from '../archive/improvement-themes.ts';
import { passageId } from '../markdown/passage-anchors.ts';
import { dataFiles, type DataFiles } from './data-files.ts';
import { dataZip, letterFiles } from './data-downloads.ts';
import { publicSiteUrl } from './routes.ts';
import { IMPROVEMENT_THEMES_FILE } from './site-config.ts';

export type LetterEntry = CollectionEntry<'letters'>;

let archive: Promise<Archive<LetterEntry>> | undefined;

async function readArchive(): Promise<Archive<LetterEntry>> {
  const [letters, totals, authorities, reported, neighbours] = await Promise.all([
    getCollection('letters'),
    getCollection('nationalTotals'),
    getCollection('authorities'),
    getCollection('reportedGrades'),
    getCollection('statisticalNeighbours'),
  ]);
  // Every cross-file check (register, reported grades, national totals) has passed in
  // the letters' content loader before any page asks for the archive.
  return buildArchive(
    letters,
    totals.map((entry) => entry.data),
    {
      register: new Register(authorities.map((entry) => entry.data)),
      reported: reported.map((entry) => entry.data),
      neighbours: neighbours.map((entry) => entry.data),
    },
  );
}

export function loadArchive(): Promise<Archive<LetterEntry>> {
  archive ??= readArchive();
  return archive;
}

export interface Improvements {
  themes: ImprovementTheme[];
  /** Every letter's items, in the archive's letter order. */
  items: ImprovementItem<LetterEntry>[];
}

let improvements: Promise<Improvements> | undefined;

async function readImprovements(): Promise<Improvements> {
  const [{ letters }, entries] = await Promise.all([loadArchive(), getCollection('improvementThemes')]);
  const themes = entries.map((entry) => entry.data);
  failOnProblems(
    themeProblems(themes, IMPROVEMENT_THEMES_FILE),
    'The improvement themes failed their checks',
  );
  // The letter pages' own passage ids: each item links to its bullet.
  const items = letters.flatMap((letter) => improvementItems(letter, letter.body ?? '', passageId, themes));
  return { themes, items };
}

/** What every letter asked its authority to improve, with the taxonomy of themes. */
export function loadImprovements(): Promise<Improvements> {
  improvements ??= readImprovements();
  return improvements;
}

export interface OpenData {
  /** The tables, the JSON files and datapackage.json, by name. */
  files: DataFiles;
  /** Each letter as JSON and plain text, by its path below data/. */
  letters: Map<string, string>;
  /** All of them in one zip. */
  zip: Uint8Array;
}

let files: Promise<OpenData> | undefined;

/** The open data files, made once per build. */
export function loadDataFiles(): Promise<OpenData> {
  files ??= Promise.all([loadArchive(), loadImprovements()]).then(async ([archive, { items }]) => {
    const built = new Date().toISOString().slice(0, 10);
    const site = publicSiteUrl();
    const tables = dataFiles(archive, items, site, built);
    const letters = letterFiles(archive.letters, site);
    const zip = await dataZip(new Map([...Object.entries(tables), ...letters]), built);
    return { files: tables, letters, zip };
  });
  return files;
}
