import { markdownToHtml, mdxToJs } from 'satteri';
import { expect, test } from 'vitest';
import { passageAnchorPlugins, passageId, uniqueIds } from '../../src/lib/markdown/passage-anchors.ts';

async function render(markdown: string): Promise<string> {
  const options = { hastPlugins: passageAnchorPlugins(), features: { smartPunctuation: false } };
  return (await markdownToHtml(markdown, options)).html;
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

test('each heading gets a link beside it, named by its plain words, holding no text to copy', async () => {
  const html = await render("## Children's services & schools\n\n### Strengths\n");
  expect(html).toContain('<h2 id="childrens-services--schools">');
  expect(html).toContain(
    '<a href="#childrens-services--schools" aria-label="Link to the section: Children&#x27;s services &amp; schools" data-pagefind-ignore="" class="anchor"></a>',
  );
  expect(html).toMatch(/^<div class="heading-anchored"><h2 id="childrens-services--schools">/);
  expect(html).toContain('href="#strengths"');
});

test('every paragraph and bullet gets an id from its words; from the first heading on, a number too', async () => {
  const html = await render(
    "Dear Ms Smith\n\n## Anytown\n\n| Grade |\n| - |\n| Performs well (3) |\n\nChildren's services in *Anytown* perform well.\n\n- A bullet.\n\nA closing line.\n",
  );
  const ids = [...html.matchAll(/<(p|li) id="(p-[0-9a-f]{8})">/g)].map((m) => [m[1], m[2]]);
  expect(ids).toEqual([
    ['p', passageId('Dear Ms Smith')],
    ['p', passageId("Children's services in Anytown perform well.")],
    ['li', passageId('A bullet.')],
    ['p', passageId('A closing line.')],
  ]);
  const id = passageId("Children's services in Anytown perform well.");
  // The number comes first, in the margin, and is the passage's one link: no text, its name said.
  expect(html).toContain(
    `<p id="${id}"><a href="#para-1" aria-label="Paragraph 1" data-pagefind-ignore="" class="passage-number" id="para-1" data-n="1"></a> Children's services in <em>Anytown</em> perform well.</p>`,
  );
  expect(html).toContain(`<li id="${passageId('A bullet.')}"><a href="#para-2" aria-label="Paragraph 2"`);
  expect(html).toContain(`<p id="${passageId('A closing line.')}"><a href="#para-3"`);
  // The salutation, before the first heading, is not numbered and has no link.
  expect(html).toContain(`<p id="${passageId('Dear Ms Smith')}">Dear Ms Smith</p>`);
  expect(html.match(/class="passage-number"/g)).toHaveLength(3);
});

test("a paragraph inside a bullet is the bullet's: one id, one number", async () => {
  const html = await render('## A\n\n- First point.\n\n- Second point.\n');
  expect(html.match(/<li id="/g)).toHaveLength(2);
  expect(html.match(/class="passage-number"/g)).toHaveLength(2);
  expect(html).toContain(`<li id="${passageId('First point.')}"><a href="#para-1"`);
  expect(html).not.toMatch(/<p id=/);
});

test("Ofsted's standard text, the grade line and the valediction keep their ids but are not numbered", async () => {
  const { code } = await mdxToJs(
    [
      'Dear Ms Smith',
      '<StandardText part="opening">\n  Standard words.\n</StandardText>',
      "## Anytown children's services assessment 2011",
      'Overall assessment: Performs well (3)',
      'Own words.',
      '- A bullet.',
      '<StandardText part="statutory">\n  Statute words.\n</StandardText>',
      'Yours sincerely',
    ].join('\n\n'),
    { hastPlugins: passageAnchorPlugins(), jsx: true, features: { smartPunctuation: false } },
  );
  const passages = [
    ...code.matchAll(/<_components\.(?:p|li) id="([^"]+)">(<_components\.a [^>]*data-n="(\d+)")?/g),
  ];
  expect(passages.map((m) => [m[1], m[3]])).toEqual([
    [passageId('Dear Ms Smith'), undefined],
    [passageId('Standard words.'), undefined],
    [passageId('Overall assessment: Performs well (3)'), undefined],
    [passageId('Own words.'), '1'],
    [passageId('A bullet.'), '2'],
    [passageId('Statute words.'), undefined],
    [passageId('Yours sincerely'), undefined],
  ]);
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

test('a grade line printed as a sentence after the heading is not numbered; the paragraph after it is 1', async () => {
  const html = await render('## Anytown\n\nOverall assessment: Performs well (3)\n\nOwn words.\n');
  expect(html).toContain(`<p id="${passageId('Overall assessment: Performs well (3)')}">Overall assessment`);
  expect(html).toContain(`<p id="${passageId('Own words.')}"><a href="#para-1"`);
  expect(html.match(/class="passage-number"/g)).toHaveLength(1);
});
