/**
 * The parts of a letter that a comparison sets side by side: the summary judgement and
 * each section. Read from the MDX the importer writes (one paragraph a line, `- `
 * bullets, `###` section headings), line by line: cheap enough to run for every
 * compare page, unlike a full Markdown parse.
 */
export type PartKey = 'summary' | 'strengths' | 'improvement' | 'outcomes' | 'prospects';

export type PartBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export interface LetterPart {
  key: PartKey;
  /** The heading as the letter prints it; "Summary judgement" for the summary. */
  heading: string;
  blocks: PartBlock[];
}

/** What each comparable part is called, in the order a comparison shows them. */
export const PART_NAMES: Record<PartKey, string> = {
  summary: 'Summary judgement',
  strengths: 'Strengths',
  improvement: 'Areas for improvement or development',
  outcomes: 'Outcomes for children and young people',
  prospects: 'Prospects for improvement',
};

function partKey(heading: string): PartKey | undefined {
  const h = heading.toLowerCase();
  if (h === 'strengths') return 'strengths';
  if (/areas for (further )?(improvement|development)/.test(h)) return 'improvement';
  if (h.startsWith('outcomes for')) return 'outcomes';
  if (h.startsWith('prospects for')) return 'prospects';
  return undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Markdown source text to plain text: backslash escapes and character references undone. */
export function markdownText(source: string): string {
  return source
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex, dec, name) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : NAMED[name.toLowerCase()]!,
    )
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function toBlocks(lines: string[]): PartBlock[] {
  const blocks: PartBlock[] = [];
  for (const line of lines) {
    if (line.startsWith('|') || line.trim() === '') continue;
    const bullet = /^[-*] (.*)$/.exec(line);
    const last = blocks.at(-1);
    if (bullet && last?.kind === 'list') last.items.push(markdownText(bullet[1]!));
    else if (bullet) blocks.push({ kind: 'list', items: [markdownText(bullet[1]!)] });
    else blocks.push({ kind: 'paragraph', text: markdownText(line) });
  }
  return blocks;
}

const STATUTORY = /^This children['’]s services assessment is provided/;

/** The comparable parts of a letter's MDX body, in the letter's order. */
export function letterParts(body: string): LetterPart[] {
  const lines = body.split(/\r?\n/);
  const titleAt = lines.findIndex((line) => /^## .*services assessment \d{4}\s*$/.test(line));
  if (titleAt < 0) return [];
  const parts: LetterPart[] = [];
  let current: { key: PartKey | undefined; heading: string; lines: string[] } = {
    key: 'summary',
    heading: PART_NAMES.summary,
    lines: [],
  };
  const close = () => {
    if (current.key)
      parts.push({ key: current.key, heading: current.heading, blocks: toBlocks(current.lines) });
  };
  for (const line of lines.slice(titleAt + 1)) {
    if (STATUTORY.test(markdownText(line))) break;
    const heading = /^#{2,6} (.*)$/.exec(line);
    if (heading) {
      close();
      const text = markdownText(heading[1]!.trim());
      current = { key: partKey(text), heading: text, lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  close();
  return parts;
}
