import { describe, expect, test } from 'vitest';
import {
  facetCounts,
  outcomeText,
  searchedText,
  standardTextNote,
  queryTerms,
  quotedList,
  searchOutcome,
  searchScope,
} from '../../src/lib/search/search-match.ts';
import {
  bareWord,
  editDistance,
  nearWord,
  replaceWord,
  suggestionPrefixes,
} from '../../src/lib/search/search-suggest.ts';

describe('the words and phrases of a query', () => {
  test('unquoted words each stand alone, once', () => {
    expect(queryTerms('care leavers Care')).toMatchObject({
      words: ['care', 'leavers'],
      phrases: [],
      required: ['care', 'leavers'],
    });
  });

  test('a quoted phrase is required whole, and its words are checked one by one', () => {
    expect(queryTerms('"care  leavers" Cambridgeshire')).toMatchObject({
      words: ['Cambridgeshire', 'care', 'leavers'],
      phrases: ['care leavers'],
      required: ['care leavers', 'Cambridgeshire'],
    });
  });

  test('one quoted word is a word; an unclosed quote runs to the end', () => {
    expect(queryTerms('"improve"').required).toEqual(['improve']);
    expect(queryTerms('adoption "leaving care').phrases).toEqual(['leaving care']);
  });

  test('tokens without a letter or digit are not words', () => {
    expect(queryTerms('( * &').required).toEqual([]);
    expect(queryTerms('care & leavers').required).toEqual(['care', 'leavers']);
    expect(queryTerms('"</mark><script>"').required).toEqual(['</mark><script>']);
  });
});

describe('what the search found', () => {
  const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
  // Two letters held, of Ofsted's 152 + 146 + 147.
  const coverage = { '2009': [0, 152], '2010': [1, 146], '2011': [1, 147] } as const satisfies Record<
    string,
    [number, number]
  >;
  const whole = searchScope(coverage, [], undefined, false);
  const held = 'the 2 letters in the archive (of the 445 Ofsted published)';
  const read = searchedText(false);

  test('a word no letter contains is missing, whatever Pagefind ranked', () => {
    const terms = queryTerms('trafficking');
    const outcome = searchOutcome(terms, counts({ trafficking: 0 }), 0, 0);
    expect(outcome).toEqual({ kind: 'missing', missing: ['trafficking'] });
    expect(outcomeText(outcome, terms, whole)).toBe(
      `No letter contains “trafficking” in the text searched: none of ${held}. ${read}`,
    );
  });

  test('a misspelt word inside a phrase is named rather than the phrase', () => {
    const terms = queryTerms('"care leavres"');
    const outcome = searchOutcome(terms, counts({ care: 2, leavres: 0, 'care leavres': 0 }), 0, 0);
    expect(outcomeText(outcome, terms, whole)).toBe(
      `No letter contains “leavres” in the text searched: none of ${held}. ${read}`,
    );
  });

  test('a phrase whose words all occur, but never together', () => {
    const terms = queryTerms('"children leavers"');
    const outcome = searchOutcome(terms, counts({ children: 2, leavers: 1, 'children leavers': 0 }), 0, 0);
    expect(outcomeText(outcome, terms, whole)).toBe(
      `No letter contains “children leavers” in the text searched: none of ${held}. ${read}`,
    );
  });

  test('several missing words are all named', () => {
    const terms = queryTerms('northants trafficking care');
    const outcome = searchOutcome(terms, counts({ northants: 0, trafficking: 0, care: 2 }), 0, 0);
    expect(outcomeText(outcome, terms, whole)).toBe(
      `No letter contains “northants” or “trafficking” in the text searched: none of ${held}. ${read}`,
    );
  });

  test('words that occur, but not in one letter', () => {
    const terms = queryTerms('cambridgeshire northamptonshire');
    const outcome = searchOutcome(terms, counts({ cambridgeshire: 1, northamptonshire: 1 }), 0, 0);
    expect(outcomeText(outcome, terms, whole)).toBe(
      `No letter contains all of “cambridgeshire” and “northamptonshire” in the text searched, though each is in some of ${held}. Try fewer words. ${read}`,
    );
  });

  test('where nothing is found, the status says what text was searched: never the letterhead, addresses or signature', () => {
    const missing = queryTerms('director');
    expect(outcomeText({ kind: 'missing', missing: ['director'] }, missing, whole)).toBe(
      `No letter contains “director” in the text searched: none of ${held}. Searched: each letter's own words, not its letterhead, addresses or signature, nor the standard text every letter prints (unless asked).`,
    );
    const apart = queryTerms('inspections derived');
    expect(outcomeText({ kind: 'not-together' }, apart, whole, true)).toBe(
      `No letter contains all of “inspections” and “derived” in the text searched, though each is in some of ${held}. Try fewer words. Searched: each letter's own words and the standard text, not its letterhead, addresses or signature.`,
    );
    // Something found says nothing of what was not searched.
    expect(outcomeText({ kind: 'found', count: 1 }, missing, whole)).not.toMatch(/Searched:/);
  });

  test('the standard text’s note counts the letters, and says "all of" for several words', () => {
    expect(standardTextNote(1, queryTerms('derived'))).toBe(
      '1 letter has “derived” in the standard text that every letter of a year prints alike, which is searched only when asked.',
    );
    expect(standardTextNote(13, queryTerms('inspections derived'))).toBe(
      '13 letters have all of “inspections” and “derived” in the standard text that every letter of a year prints alike, which is searched only when asked.',
    );
  });

  test('letters that the filters leave out', () => {
    const terms = queryTerms('care');
    const outcome = searchOutcome(terms, counts({ care: 2 }), 2, 0);
    expect(outcomeText(outcome, terms, searchScope(coverage, ['2009'], 0, false))).toBe(
      `No letter within the filters chosen contains “care”; 2 of ${held} do.`,
    );
  });

  test('found: every word is said to be in every letter shown', () => {
    const terms = queryTerms('care leavers');
    const outcome = searchOutcome(terms, counts({ care: 2, leavers: 1 }), 1, 1);
    expect(outcomeText(outcome, terms, whole)).toBe(`1 of ${held} contains all of “care” and “leavers”.`);
  });

  test('every count says what was searched, filters too', () => {
    const phrase = queryTerms('"care leavers"');
    // A year: its letters held, and Ofsted's for that year.
    expect(outcomeText({ kind: 'found', count: 1 }, phrase, searchScope(coverage, ['2010'], 1, false))).toBe(
      '1 of the 1 letter from 2010 in the archive (of the 146 Ofsted published) contains “care leavers”.',
    );
    expect(
      outcomeText({ kind: 'found', count: 2 }, phrase, searchScope(coverage, ['2011', '2010'], 2, false)),
    ).toBe(
      '2 of the 2 letters from 2010 or 2011 in the archive (of the 293 Ofsted published) contain “care leavers”.',
    );
    // A grade or an authority: how many letters the filters leave, of how many held.
    expect(outcomeText({ kind: 'found', count: 1 }, phrase, searchScope(coverage, [], 1, true))).toBe(
      '1 of the 1 letter within the filters chosen, of 2 in the archive (of the 445 Ofsted published) contains “care leavers”.',
    );
  });

  test('filters alone', () => {
    expect(
      outcomeText({ kind: 'found', count: 1 }, queryTerms(''), searchScope(coverage, ['2011'], 1, false)),
    ).toBe(
      '1 of the 1 letter from 2011 in the archive (of the 147 Ofsted published) matches the filters chosen.',
    );
    expect(outcomeText({ kind: 'found', count: 2 }, queryTerms(''), searchScope(coverage, [], 2, true))).toBe(
      '2 of the 2 letters in the archive (of the 445 Ofsted published) match the filters chosen.',
    );
  });

  test('quotes are the page’s own, never doubled', () => {
    expect(quotedList(['care leavers'])).toBe('“care leavers”');
    expect(quotedList(['a', 'b', 'c'], 'or')).toBe('“a”, “b” or “c”');
  });
});

describe('suggestions', () => {
  test('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('safegaurding', 'safeguarding')).toBe(1);
    expect(editDistance('care', 'care')).toBe(0);
    expect(editDistance('leavres', 'leavers')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  test('words are compared bare, and prefixes are asked for longest first, down to three letters', () => {
    expect(bareWord('“Safeguarding,”')).toBe('safeguarding');
    expect(suggestionPrefixes('Safeg')).toEqual(['safeg', 'safe', 'saf']);
  });

  test('a typo gets the word it was meant to be', () => {
    expect(nearWord('safegaurding', 'safeg', ['safeguarding', 'Safeguarding.', 'safeguards'])).toBe(
      'safeguarding',
    );
  });

  test('a word begun is completed, with its most common ending', () => {
    expect(nearWord('safeg', 'safeg', ['safeguards', 'safeguarding', 'safeguarding'])).toBe('safeguarding');
  });

  test('a word sharing most of its start is offered', () => {
    expect(nearWord('northants', 'northa', ['Northamptonshire', 'Northampton'])).toBe('northampton');
  });

  test('a distant word is no suggestion', () => {
    expect(nearWord('trafficking', 'tra', ['training', 'transition'])).toBeUndefined();
    expect(nearWord('safety', 'saf', ['safeguarding'])).toBeUndefined();
  });

  test('the suggestion replaces the word, and only the whole word', () => {
    expect(replaceWord('"care leavres" 2010', 'leavres', 'leavers')).toBe('"care leavers" 2010');
    expect(replaceWord('care carer', 'care', 'cares')).toBe('cares carer');
    expect(replaceWord('a (b) c', '(b)', 'x')).toBe('a x c');
  });
});

describe('filter counts', () => {
  const set = (...ids: string[]) => new Set(ids);
  const values = {
    year: { '2010': set('a', 'b', 'c'), '2011': set('d', 'e') },
    grade: { '3': set('a', 'd'), '2': set('b', 'c', 'e') },
  };

  test('with no words and no filter, each value counts its letters', () => {
    expect(facetCounts(undefined, values, {})).toEqual({
      year: { '2010': 3, '2011': 2 },
      grade: { '3': 2, '2': 3 },
    });
  });

  test('the counts of the values ticked add up to the letters shown', () => {
    // grade 3 and year 2010 ticked: letter a only is shown.
    const counts = facetCounts(undefined, values, { year: values.year['2010'], grade: values.grade['3'] });
    expect(counts).toEqual({ year: { '2010': 1, '2011': 1 }, grade: { '3': 1, '2': 2 } });
  });

  test('words narrow every count', () => {
    expect(facetCounts(set('a', 'e'), values, { authority: set('a', 'b') })).toEqual({
      year: { '2010': 1, '2011': 0 },
      grade: { '3': 1, '2': 0 },
    });
  });
});
