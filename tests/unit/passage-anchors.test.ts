import { markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import {
  linkPassages,
  passageAnchorPlugins,
  passageId,
  uniqueIds,
} from '../../src/lib/markdown/passage-anchors.ts';

/** Markdown as a letter page shows it: compiled with the plugins' ids, then linked. */
async function render(markdown: string): Promise<string> {
  const options = { hastPlugins: passageAnchorPlugins(), features: { smartPunctuation: false } };
  return linkPassages((await markdownToHtml(markdown, options)).html);
}

test("a passage's id comes from its words, ignoring spacing", () => {
  expect(passageId('Care leavers  do well.\n')).toBe(passageId('Care leavers do well.'));
  expect(passageId('Care leavers do well.')).not.toBe(passageId('Care leavers do badly.'));
  expect(passageId('x')).toMatch(/^p-[0-9a-f]{8}$/);
});

test('ids published before the anchors moved into the Markdown pipeline stay the same', () => {
  expect(passageId('Improve secondary schools so that more are good or better.')).toBe('p-c937d008');
  expect(
    passageId(
      "The proportion of early years and childcare providers who are good or better has seen on-going improvement. Almost three-quarters of regulated childcare settings are at least good. Seven children's centres have been inspected for the first time and four are good. The proportion of five-year-olds achieving a good level of development continues to rise and performance is in line with similar areas and national averages",
    ),
  ).toBe('p-3bf74624');
});

test('each heading gets a link beside it, named by its plain words', async () => {
  const html = await render("## Children's services & schools\n\n### Strengths\n");
  expect(html).toContain('<h2 id="childrens-services--schools">');
  expect(html).toContain(
    '<a class="anchor" href="#childrens-services--schools" data-pagefind-ignore><span class="visually-hidden">Link to the section: Children\'s services &amp; schools</span><span aria-hidden="true">#</span></a>',
  );
  expect(html).toMatch(/^<div class="heading-anchored"><h2 id="childrens-services--schools">/);
  expect(html).toContain('href="#strengths"');
});

test('each bullet gets an id from its words and a link to itself', async () => {
  const html = await render(
    '- Improve secondary schools so that more are *good* or better.\n- Another point.\n',
  );
  const id = passageId('Improve secondary schools so that more are good or better.');
  expect(html).toContain(
    `<li id="${id}">Improve secondary schools so that more are <em>good</em> or better.<a class="anchor" href="#${id}"`,
  );
  expect(html).toContain(
    '<span class="visually-hidden">Link to this point</span><span aria-hidden="true">¶</span></a></li>',
  );
  expect(html.match(/<li id="p-[0-9a-f]{8}">/g)).toHaveLength(2);
});

test('each paragraph gets an id from its words and a link to itself, by the same rule as bullets', async () => {
  const html = await render(
    "Dear Ms Smith\n\nChildren's services in *Anytown* perform well.\n\n- A bullet.\n\nA closing line.\n",
  );
  const ids = [...html.matchAll(/<(p|li) id="(p-[0-9a-f]{8})">/g)].map((m) => [m[1], m[2]]);
  expect(ids).toEqual([
    ['p', passageId('Dear Ms Smith')],
    ['p', passageId("Children's services in Anytown perform well.")],
    ['li', passageId('A bullet.')],
    ['p', passageId('A closing line.')],
  ]);
  const id = passageId("Children's services in Anytown perform well.");
  expect(html).toContain(
    `<p id="${id}">Children's services in <em>Anytown</em> perform well.<a class="anchor" href="#${id}" data-pagefind-ignore><span class="visually-hidden">Link to this point</span><span aria-hidden="true">¶</span></a></p>`,
  );
});

test("a paragraph inside a bullet is the bullet's: one id, one link", async () => {
  const html = await render('- First point.\n\n- Second point.\n');
  expect(html.match(/ id="/g)).toHaveLength(2);
  expect(html.match(/class="anchor"/g)).toHaveLength(2);
  expect(html).toContain(`<li id="${passageId('First point.')}">`);
  expect(html).not.toMatch(/<p id=/);
});

test('words printed twice in one letter get ids that stay unique, the first as always', async () => {
  const html = await render('Same words.\n\nOther words.\n\nSame words.\n\n- Same words.\n');
  const id = passageId('Same words.');
  expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual([
    id,
    passageId('Other words.'),
    `${id}-2`,
    `${id}-3`,
  ]);
  // Each letter counts its own: the next letter's first use has the bare id again.
  expect(await render('Same words.\n')).toContain(`<p id="${id}">`);
});

test('uniqueIds numbers the second and later uses of an id, each list of ids on its own', () => {
  expect(uniqueIds()('p-1')).toBe('p-1');
  const next = uniqueIds();
  expect([next('a'), next('b'), next('a'), next('a')]).toEqual(['a', 'b', 'a-2', 'a-3']);
});

test('ids read the words HTML-escaped, spacing collapsed, by code point, as the first ids were made', () => {
  // The rule as first written (escape, collapse, trim, FNV-1a over code points), which the
  // one-pass hash must match for every text, ids published before it included.
  const firstRule = (text: string) => {
    const escapes: Record<string, string> = {
      '&': '&amp;',
      '<': '&lt;',
      '>': '&gt;',
      "'": '&#39;',
      '"': '&quot;',
    };
    let hash = 0x811c9dc5;
    for (const char of text
      .replace(/[&<>'"]/g, (c) => escapes[c]!)
      .replace(/\s+/g, ' ')
      .trim()) {
      hash ^= char.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return `p-${hash.toString(16).padStart(8, '0')}`;
  };
  for (const text of [
    '',
    '  \n\t ',
    'Children’s services & "schools" <in> Kent\'s care',
    '\u00a0Leading and trailing\u2003spaces\ufeff',
    'Emoji 😀 and a lone surrogate \ud800 here \udc00',
    'Accents: café, naïve, Straße',
  ])
    expect(passageId(text)).toBe(firstRule(text));
});

test('a bullet holding a list gets its link after the list, each inner bullet its own', () => {
  const html = '<ul><li id="p-00000001">Outer<ul><li id="p-00000002">Inner</li><li>No id</li></ul></li></ul>';
  const link = (id: string) =>
    `<a class="anchor" href="#${id}" data-pagefind-ignore><span class="visually-hidden">Link to this point</span><span aria-hidden="true">¶</span></a>`;
  expect(linkPassages(html)).toBe(
    `<ul><li id="p-00000001">Outer<ul><li id="p-00000002">Inner${link('p-00000002')}</li><li>No id</li></ul>${link('p-00000001')}</li></ul>`,
  );
});

test("a heading's link is named by its words without their markup, and elements without ids get none", () => {
  expect(
    linkPassages('<h3 id="what-to-do">What <em>to</em> do &amp; why</h3><h4 id="x">Deeper</h4><p>Plain</p>'),
  ).toBe(
    '<div class="heading-anchored"><h3 id="what-to-do">What <em>to</em> do &amp; why</h3>' +
      '<a class="anchor" href="#what-to-do" data-pagefind-ignore><span class="visually-hidden">Link to the section: What to do &amp; why</span><span aria-hidden="true">#</span></a></div>' +
      '<h4 id="x">Deeper</h4><p>Plain</p>',
  );
});

test('a passage that never closes is an error, not a page missing its links', () => {
  expect(() => linkPassages('<li id="p-00000001">Cut short')).toThrow('<li id="p-00000001"> is never closed');
});
