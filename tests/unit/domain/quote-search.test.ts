// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/data/parse-file';
import type { DataFileName } from '../../../src/data/file-names';
import type { Quote } from '../../../src/data/schemas';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import {
  buildQuoteIndex,
  buildQuoteIndexAsync,
  indexOfDocuments,
  quoteDocuments,
  searchQuotes,
} from '../../../src/domain/quote-search';
import type { QuoteDoc, SearchResult } from '../../../src/domain/quote-search';
import { makeQuote } from '../../fixtures/make-quote';
import { peskov, zelensky } from '../../fixtures/people';

const quote = (id: string, text: string, speakerId: string): Quote =>
  makeQuote(id, { text, speakerId });

const people = new Map([zelensky, peskov].map((p) => [p.id, p]));

const quotes = [
  quote('z-families', 'Two hundred families received the most-awaited message', zelensky.id),
  quote('z-home', 'Our people are coming home', zelensky.id),
  quote('p-words', 'Zelenskiy is not legitimate', peskov.id),
  quote('p-war', 'The war was long and the talks were hard', peskov.id),
  quote('p-was', 'It was a useful meeting', peskov.id),
];
// Built inside each test, not at collection time, so a mutation tester sees changed code.
const search = (q: string) => searchQuotes(buildQuoteIndex(quotes, people), q);
const idsOf = (q: string) => {
  const found = search(q);
  return quotes
    .filter((_, at) => found?.matched[at] === 1)
    .map((x) => x.id)
    .sort();
};

describe('searchQuotes', () => {
  it('returns null for an empty or blank query (no search, not "no results")', () => {
    expect(search('')).toBeNull();
    expect(search('   \t')).toBeNull();
  });

  it('finds every quote of a speaker under any spelling of the name, and quotes that name them', () => {
    const all = ['p-words', 'z-families', 'z-home'];
    expect(idsOf('Zelensky')).toEqual(all);
    expect(idsOf('zelenskyy')).toEqual(all);
    expect(idsOf('Zelenskiy')).toEqual(all);
  });

  it('reports the document terms that matched, for highlighting', () => {
    const terms = search('Zelensky')?.terms ?? [];
    expect(terms).toEqual(expect.arrayContaining(['zelensky', 'zelenskyy', 'zelenskiy']));
  });

  it('matches prefixes as the user types', () => {
    expect(idsOf('fam')).toEqual(['z-families']);
    expect(idsOf('awai')).toEqual(['z-families']);
    expect(search('fam')?.terms).toEqual(['families']);
  });

  it('forgives a small typo in a longer word', () => {
    expect(idsOf('familes')).toEqual(['z-families']);
    expect(idsOf('mesage')).toEqual(['z-families']);
  });

  it('does not fuzz short words ("war" must not find "was")', () => {
    expect(idsOf('war')).toEqual(['p-war']);
    expect(idsOf('was')).toEqual(['p-war', 'p-was']);
    // Four letters are still too short for a typo: "homr" is not "home".
    expect(idsOf('homr')).toEqual([]);
  });

  it('requires every word (AND), across text and speaker', () => {
    expect(idsOf('peskov useful')).toEqual(['p-was']);
    expect(idsOf('coming home')).toEqual(['z-home']);
    expect(idsOf('coming meeting')).toEqual([]);
  });

  it('finds nothing for a nonsense word, and survives markup and punctuation', () => {
    expect(idsOf('xqzvbnmw')).toEqual([]);
    expect(idsOf('<img src=x onerror=alert(1)>')).toEqual([]);
    expect(idsOf('(((')).toEqual([]);
  });
});

describe('quoteDocuments', () => {
  it('indexes each quote with every name of its speaker, and no name for an unknown speaker', () => {
    const docs = quoteDocuments([quotes[1]!, quote('anon', 'Words', 'nobody')], people);
    expect(docs).toEqual([
      {
        id: 'z-home',
        at: 0,
        text: 'Our people are coming home',
        speaker: 'Volodymyr Zelensky Volodymyr Zelenskyy Zelenskiy Zelenskyy',
      },
      { id: 'anon', at: 1, text: 'Words', speaker: '' },
    ]);
  });
});

describe('buildQuoteIndexAsync', () => {
  it('finds the same quotes as the index built in one go, however small the chunks', async () => {
    const index = await buildQuoteIndexAsync(quotes, people, 2);
    expect(index.documentCount).toBe(quotes.length);
    for (const q of ['Zelensky', 'peskov useful', 'fam', 'war']) {
      expect(searchQuotes(index, q), q).toEqual(search(q));
    }
  });
});

describe('searchQuotes on the curated data', () => {
  function load<N extends DataFileName>(name: N) {
    const dataDir = fileURLToPath(new URL('../../../public/data', import.meta.url));
    const text = readFileSync(join(dataDir, `${name}.json`), 'utf8');
    const parsed = parseJsonText(name, text);
    if (!parsed.ok) throw new Error(`${name}.json does not parse`);
    return parsed.data;
  }

  it('"Zelensky" finds every quote by the person spelled Zelensky, Zelenskyy or Zelenskiy', () => {
    const realPeople = load('people');
    const realQuotes = load('quotes');
    const spelled = realPeople.filter((p) =>
      [p.name, ...p.aliases].some((n) => /zelensk(?:y|yy|iy)\b/i.test(n)),
    );
    const speakerIds = new Set(spelled.map((p) => p.id));
    const expected = realQuotes.filter((q) => speakerIds.has(q.speakerId)).map((q) => q.id);
    expect(expected.length).toBeGreaterThan(0);
    const realIndex = buildQuoteIndex(realQuotes, new Map(realPeople.map((p) => [p.id, p])));
    const matched = searchQuotes(realIndex, 'Zelensky')?.matched;
    const found = realQuotes.filter((_, at) => matched?.[at] === 1).map((q) => q.id);
    expect(found).toEqual(expect.arrayContaining(expected));
  });
});

describe('searchQuotes against MiniSearch', () => {
  // The oracle: MiniSearch configured as the search promises (prefix, light fuzzy, AND), searched
  // the library's way. Its hits and their terms must be exactly what the match-only search gives.
  function oracle(docs: QuoteDoc[], query: string): SearchResult {
    const mini = new MiniSearch<QuoteDoc>({
      fields: ['text', 'speaker'],
      storeFields: ['at'],
      // The promise, written out here (not read from the implementation): every word a prefix,
      // one typo per five letters in words over four letters, every word required.
      searchOptions: {
        prefix: true,
        fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    mini.addAll(docs);
    const matched = new Uint8Array(docs.length);
    const terms = new Set<string>();
    for (const hit of mini.search(query)) {
      matched[Number(hit.at)] = 1;
      hit.terms.forEach((t) => terms.add(t));
    }
    return { matched, terms: [...terms].sort() };
  }

  // A small vocabulary, so prefixes, near misspellings and shared words are common.
  const vocabulary = [
    'war',
    'was',
    'ward',
    'warden',
    'prisoner',
    'prisoners',
    'prison',
    'exchange',
    'exchanged',
    'exchanges',
    'zelensky',
    'zelenskyy',
    'zelenskiy',
    'home',
    'homes',
    'talks',
    'talk',
    'geneva',
    'Genève',
    'ÉCHANGE',
    "kyiv's",
    'mother-in-law',
    'x',
  ];
  const word = fc.constantFrom(...vocabulary);
  const text = fc.array(word, { maxLength: 8 }).map((ws) => ws.join(' '));
  const typo = fc.tuple(word, fc.nat(), fc.constantFrom('', 'a', 'e', 'z')).map(([w, at, c]) => {
    const i = at % (w.length + 1);
    return w.slice(0, i) + c + w.slice(i + 1);
  });
  const queryWord = fc.oneof(
    word,
    typo,
    word.map((w) => w.slice(0, 1 + (w.length >> 1))),
  );
  const query = fc
    .array(queryWord, { minLength: 1, maxLength: 3 })
    .chain((ws) => fc.constantFrom(' ', ', ', '  ', '-').map((sep) => ws.join(sep)));

  it('finds exactly the quotes, and reports exactly the terms, that MiniSearch finds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 12 }), query, (pairs, q) => {
        const docs = pairs.map(([t, s], at) => ({ id: `q${at}`, at, text: t, speaker: s }));
        const mine = searchQuotes(indexOfDocuments(docs), q);
        const theirs = q.trim() === '' ? null : oracle(docs, q);
        expect(mine).toEqual(theirs);
      }),
      { numRuns: 400 },
    );
  });
});
