/**
 * What differs between a letter the archive holds and the one an import would write,
 * in words, for the refusal that says --force is needed: "the text is the same; only
 * the source changed (a PDF before, a text now)", or the first line that differs.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { letterFileBody, splitFrontmatter } from '../archive/frontmatter.ts';

/** A letter as written: its MDX and the published text kept beside it. */
export interface LetterWrite {
  mdx: string;
  source: Uint8Array;
}

const decoder = new TextDecoder();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function frontmatter(mdx: string): Record<string, unknown> | undefined {
  const yaml = splitFrontmatter(mdx)?.frontmatter;
  try {
    const data: unknown = yaml === undefined ? undefined : parseYaml(yaml);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Each field (source.url, recipient.name …) whose value differs, sha256 aside. */
function fieldsThatDiffer(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  prefix = '',
): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    const [a, b] = [before[key], after[key]];
    if (isDeepStrictEqual(a, b) || `${prefix}${key}` === 'source.sha256') return [];
    const plain = (v: unknown) => v && typeof v === 'object' && !Array.isArray(v);
    if (plain(a) && plain(b))
      return fieldsThatDiffer(a as Record<string, unknown>, b as Record<string, unknown>, `${prefix}${key}.`);
    return [`${prefix}${key}`];
  });
}

/** "a PDF" when the recorded SHA-256 is not the text's own (the text was read from a PDF). */
function sourceKind(data: Record<string, unknown> | undefined, text: Uint8Array): string | undefined {
  const recorded = (data?.source as { sha256?: unknown } | undefined)?.sha256;
  if (typeof recorded !== 'string') return undefined;
  return recorded === sha256(text) ? 'a text' : 'a PDF';
}

const shorten = (line: string) => JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}…` : line);

/** `line 12: "…" before, "…" now, and 3 other lines` */
function linesThatDiffer(before: string, after: string): string {
  const [a, b] = [before.split('\n'), after.split('\n')];
  const differing = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i).filter(
    (i) => a[i] !== b[i],
  );
  const first = differing[0]!;
  const was = a[first] === undefined ? 'no line' : shorten(a[first]);
  const now = b[first] === undefined ? 'no line' : shorten(b[first]);
  const more = differing.length - 1;
  return `line ${first + 1}: ${was} before, ${now} now${more ? `, and ${more} other line${more === 1 ? '' : 's'}` : ''}`;
}

/**
 * In words, what differs between the letter held (`before`; its source may be missing)
 * and the letter an import would write (`after`, read from a PDF when `afterPdf`).
 */
export function describeDifference(
  before: { mdx?: string; source?: Uint8Array },
  after: LetterWrite,
  afterPdf: boolean,
): string {
  const beforeData = before.mdx === undefined ? undefined : frontmatter(before.mdx);
  const afterData = frontmatter(after.mdx);
  const parts: string[] = [];
  if (before.source === undefined) {
    parts.push('the letter has no published text beside it');
  } else if (Buffer.compare(before.source, after.source) === 0) {
    const was = sourceKind(beforeData, before.source);
    const now = afterPdf ? 'a PDF' : 'a text';
    const oldSha = (beforeData?.source as { sha256?: unknown } | undefined)?.sha256;
    const newSha = (afterData?.source as { sha256?: unknown } | undefined)?.sha256;
    if (oldSha !== newSha)
      parts.push(
        was && was !== now
          ? `the text is the same; only the source changed (${was} before, ${now} now)`
          : `the text is the same; only the source changed (another ${now.slice(2)}: SHA-256 ${String(oldSha).slice(0, 12)}… before, ${String(newSha).slice(0, 12)}… now)`,
      );
    else parts.push('the text is the same');
  } else {
    parts.push(
      `the text differs at ${linesThatDiffer(decoder.decode(before.source), decoder.decode(after.source))}`,
    );
  }
  if (before.mdx !== undefined && beforeData && afterData) {
    const fields = fieldsThatDiffer(beforeData, afterData);
    if (fields.length) parts.push(`fields that differ: ${fields.join(', ')}`);
    const body = letterFileBody;
    if (body(before.mdx) !== body(after.mdx) && !parts[0]!.startsWith('the text differs'))
      parts.push(
        `the letter file's body differs from what the importer writes (edited by hand?) at ${linesThatDiffer(body(before.mdx), body(after.mdx))}`,
      );
  } else if (before.mdx !== undefined && !beforeData) {
    parts.push('the letter file held has no readable frontmatter');
  }
  return parts.join('; ');
}
