import { markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import { passageAnchorPlugins, passageId } from '../../src/lib/markdown/passage-anchors.ts';

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

test('each heading gets a link beside it, named by its plain words', async () => {
  const html = await render("## Children's services & schools\n\n### Strengths\n");
  expect(html).toContain('<h2 id="childrens-services--schools">');
  expect(html).toContain(
    '<a class="anchor" href="#childrens-services--schools" data-pagefind-ignore=""><span class="visually-hidden">Link to the section: Children\'s services &amp; schools</span><span aria-hidden="true">#</span></a>',
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
