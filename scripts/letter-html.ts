/**
 * A letter's text as an HTML page for Chromium to print (scripts/chromium-print.ts), in
 * layouts drawn from seeds: the shapes a letter takes when a browser typesets it, which
 * nobody here wrote. `htmlLayoutFromSeed` varies the font (embedded from the @fontsource
 * packages as data URLs: nothing is fetched), size, leading, paragraph spacing, margins,
 * justification; the list markers (CSS disc and square, drawn as shapes, or a glyph in
 * `::marker`) and whether items stand apart; the letterhead as a grid, a flex row, an
 * absolutely placed block or a bordered text box; `@page` margin boxes or the browser's own
 * header and footer; the tables' borders and wrapped cells; and `hyphens: auto` in
 * British English, with soft hyphens so long words break even where the browser has no
 * hyphenation dictionary; and whether the PDF is tagged, as Word saves one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { random, signaturePng } from './letter-pdf.ts';
import { letterParts, softHyphens, withoutSignatureNote, type LetterBlock } from './letter-parts.ts';

export const HTML_FONTS = {
  carlito: 'Carlito',
  tinos: 'Tinos',
  arimo: 'Arimo',
  'eb-garamond': 'EB Garamond',
} as const;
export type HtmlFont = keyof typeof HTML_FONTS;

/** How a browser lays a letter out. Lengths in points. */
export interface HtmlLayout {
  font: HtmlFont;
  size: number;
  leading: number;
  /** Space between paragraphs (0 leaves an empty line's worth, as office letters do). */
  paragraphSpacing: number;
  margins: { left: number; right: number; top: number; bottom: number };
  justify: boolean;
  /** `disc` and `square` are drawn as shapes; `glyph` is text set in `::marker`. */
  marker: 'disc' | 'square' | 'glyph';
  /** Space between list items; 0 sets them with no gap. */
  itemGap: number;
  letterhead: 'grid' | 'flex' | 'absolute' | 'textbox';
  /** `margin-box`: CSS `@page` margin boxes; `browser`: Chromium's displayHeaderFooter. */
  pageNumbers: 'margin-box' | 'browser' | 'none';
  tableBorders: boolean;
  /** The scale table's columns, as shares of the text width (narrow ones wrap cells). */
  scaleColumns: [number, number, number];
  gradeLine: 'table' | 'sentence';
  hyphenate: boolean;
  signatureImage: boolean;
  /**
   * A tagged PDF (`page.pdf({ tagged: true })`), as Word saves one by default: its text
   * in marked-content sequences, one a paragraph, beside the structure tree.
   */
  tagged: boolean;
  /**
   * Words a line must end inside, for the failure fixtures (scripts/pdf-failures.ts): each
   * printed as its first `at` characters and a hyphen at the end of a full, justified line.
   * Never drawn from a seed.
   */
  lineEnds?: Array<{ word: string; at: number }>;
  /** Print the text's table rule (a line of dashes) under the grade line, as a typist copying the text would. */
  ruleUnderGrade?: boolean;
}

/** A layout drawn from a seed: the same seed gives the same layout everywhere. */
export function htmlLayoutFromSeed(seed: number): HtmlLayout {
  const next = random(seed ^ 0x5eed0001);
  const between = (low: number, high: number, step = 0.5) =>
    Math.round((low + next() * (high - low)) / step) * step;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const judgement = between(0.14, 0.3, 0.01);
  return {
    font: pick(Object.keys(HTML_FONTS) as HtmlFont[]),
    size: between(10, 12),
    leading: between(1.1, 1.6, 0.05),
    paragraphSpacing: between(0, 14),
    margins: {
      left: between(45, 85, 1),
      right: between(45, 85, 1),
      top: between(45, 80, 1),
      bottom: between(55, 85, 1),
    },
    justify: next() < 0.5,
    marker: pick(['disc', 'square', 'glyph'] as const),
    itemGap: next() < 0.5 ? 0 : between(2, 10),
    letterhead: pick(['grid', 'flex', 'absolute', 'textbox'] as const),
    pageNumbers: pick(['margin-box', 'browser', 'none'] as const),
    tableBorders: next() < 0.5,
    scaleColumns: [0.06, judgement, 0.94 - judgement - between(0, 0.3, 0.01)],
    gradeLine: next() < 0.7 ? 'table' : 'sentence',
    hyphenate: next() < 0.6,
    signatureImage: next() < 0.7,
    // Drawn last, so that adding it left every other choice of every seed as it was.
    tagged: next() < 0.5,
  };
}

/** The letter's text as the layout prints it: without a signature picture, no signature note. */
export function htmlTextForLayout(text: string, layout: HtmlLayout): string {
  return layout.signatureImage ? text : withoutSignatureNote(text);
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fontFace(font: HtmlFont): string {
  const file = (weight: number) =>
    readFileSync(
      fileURLToPath(
        new URL(
          `../node_modules/@fontsource/${font}/files/${font}-latin-${weight}-normal.woff2`,
          import.meta.url,
        ),
      ),
    ).toString('base64');
  return [400, 700]
    .map(
      (weight) =>
        `@font-face{font-family:"${HTML_FONTS[font]}";font-weight:${weight};` +
        `src:url(data:font/woff2;base64,${file(weight)}) format("woff2")}`,
    )
    .join('\n');
}

/**
 * The page's CSS. An absolutely placed letterhead takes no room of its own, so its block
 * is as tall as the letterhead (`senderHeight`): the text box may reach lower than the
 * recipient's last line, as Word's floating text boxes do.
 */
function css(layout: HtmlLayout, senderLines: number): string {
  const senderHeight = senderLines * 11 + (layout.letterhead === 'textbox' ? 18 : 0);
  const { margins, size, leading, paragraphSpacing } = layout;
  const gap = paragraphSpacing < size / 3 ? size * leading + paragraphSpacing : paragraphSpacing;
  const marker =
    layout.marker === 'glyph'
      ? `li::marker{content:"\u2022\u2003";font-size:1em}`
      : `ul{list-style-type:${layout.marker}}`;
  const pageBox =
    layout.pageNumbers === 'margin-box'
      ? `@bottom-center{content:"Page " counter(page) " of " counter(pages);font-size:8pt}`
      : '';
  return `${fontFace(layout.font)}
@page{size:A4;margin:${margins.top}pt ${margins.right}pt ${margins.bottom}pt ${margins.left}pt;${pageBox}}
html{font:${size}pt/${leading} "${HTML_FONTS[layout.font]}";color:#000}
body{margin:0;${layout.justify ? 'text-align:justify;' : ''}${layout.hyphenate ? 'hyphens:auto;' : ''}}
p,ul,table,h2,h3{margin:0 0 ${gap}pt}
h2,h3{font-size:1em;font-weight:700;break-after:avoid}
ul{padding-left:18pt}li{margin:0 0 ${layout.itemGap}pt;padding-left:4pt}
${marker}
table{border-collapse:collapse;width:100%;text-align:left;break-inside:auto}
td{vertical-align:top;padding:3pt ${size * 0.8}pt 3pt 0${layout.tableBorders ? `;border:0.75pt solid #000;padding-left:${size * 0.8}pt` : ''}}
.head{margin-bottom:${size * leading * 1.5}pt}
.sender{font-size:9pt;line-height:11pt;text-align:left}
.grid{display:grid;grid-template-columns:1fr auto;column-gap:24pt}
.flex{display:flex;justify-content:space-between;gap:24pt}
.sender p{margin:0}
.absolute,.textbox{position:relative;min-height:${senderHeight}pt}
.absolute .sender{position:absolute;left:0;top:0}
.absolute .to{margin-left:170pt}
.textbox .sender{position:absolute;right:0;top:0;border:0.75pt solid #000;padding:8pt 10pt}
.to p,.sign p{margin:0;text-align:left}
.to p,.sender p{white-space:nowrap}
.cut{margin:0;text-align:justify;text-align-last:justify}.rule{white-space:pre}
.to .date{margin-bottom:${size * leading * 2}pt}
.sign img{display:block;width:120pt;height:36pt;margin:6pt 0}`;
}

function lines(values: string[]): string {
  return values.map((line) => `<p>${escape(line)}</p>`).join('');
}

/**
 * A paragraph, cut where the layout says a line must end inside a word: each part but
 * the last is a block whose last line is justified to the full width, ending in the
 * word's first part and a hyphen, and the next part goes on from the word's rest.
 */
function cutParagraph(text: string, layout: HtmlLayout, words: (text: string) => string): string {
  const parts = [text];
  for (const { word, at } of layout.lineEnds ?? []) {
    const last = parts.pop()!;
    const index = last.indexOf(word);
    if (index < 0) {
      parts.push(last);
      continue;
    }
    const head = last.slice(0, index + at);
    parts.push(head.endsWith('-') ? head : `${head}-`, last.slice(index + at));
  }
  return parts
    .map((part, i) => `<p${i < parts.length - 1 ? ' class="cut"' : ''}>${words(part)}</p>`)
    .join('');
}

function blockHtml(block: LetterBlock, layout: HtmlLayout): string {
  const words = (text: string) => (layout.hyphenate ? softHyphens(escape(text)) : escape(text));
  switch (block.kind) {
    case 'heading':
      return `<h${block.depth}>${escape(block.text)}</h${block.depth}>`;
    case 'paragraph':
      return block.strong ? `<p><b>${escape(block.text)}</b></p>` : cutParagraph(block.text, layout, words);
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${words(item)}</li>`).join('')}</ul>`;
    case 'grade': {
      const rule = layout.ruleUnderGrade ? `<p class="rule">${'-'.repeat(32)}\t${'-'.repeat(19)}</p>` : '';
      return layout.gradeLine === 'sentence'
        ? `<p><b>${escape(`${block.label} ${block.value}`)}</b></p>${rule}`
        : `<table><tr><td style="width:55%">${escape(block.label)}</td><td><b>${escape(block.value)}</b></td></tr></table>${rule}`;
    }
    case 'table': {
      const widths = layout.scaleColumns.map((share) => `${Math.round(share * 100)}%`);
      const rows = block.rows.map(
        (row) =>
          `<tr>${row.map((cell, i) => `<td style="width:${widths[i] ?? 'auto'}">${words(cell)}</td>`).join('')}</tr>`,
      );
      return `<table style="width:${Math.round(layout.scaleColumns.reduce((a, b) => a + b) * 100)}%">${rows.join('')}</table>`;
    }
  }
}

/** The letter as an HTML page in the layout: what Chromium prints. */
export function letterHtml(source: string, layout: HtmlLayout): string {
  const parts = letterParts(htmlTextForLayout(source, layout));
  const to = `<div class="to"><p class="date">${escape(parts.date)}</p>${lines(parts.recipient)}</div>`;
  const sender = parts.sender.length ? `<div class="sender">${lines(parts.sender)}</div>` : '';
  const head =
    layout.letterhead === 'grid' || layout.letterhead === 'flex'
      ? `<div class="head ${layout.letterhead}">${to}${sender}</div>`
      : `<div class="head ${layout.letterhead}">${sender}${to}</div>`;
  const signature = parts.signatory.image
    ? `<img alt="" src="data:image/png;base64,${signaturePng().toString('base64')}">`
    : '';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Letter</title>
<style>${css(layout, parts.sender.length)}</style></head><body>${head}
${parts.blocks.map((block) => blockHtml(block, layout)).join('\n')}
<div class="sign">${signature}${lines([parts.signatory.name, parts.signatory.role])}</div>
</body></html>`;
}
