import { makeEvent } from '../../fixtures/make-event';
import { makeQuote } from '../../fixtures/make-quote';
import { makeVenue } from '../../fixtures/make-venue';
import { peskov, zelensky } from '../../fixtures/people';
import { describe, expect, it } from 'vitest';
import type { EventRecord, Person, Quote, Source, Venue } from '../../../src/data/schemas';
import { eventRows, neutraliseFormula, quoteRows } from '../../../src/domain/export-rows';

const source: Source = {
  id: 'src-a',
  file: 'a.txt',
  title: 'Swap of 200',
  label: 'A',
  publisher: null,
  agencies: [],
  publishedDate: null,
  url: null,
};
const venue = { id: 'belarus', name: 'Belarus' } as Venue;
const event: EventRecord = {
  id: 'x1',
  type: 'exchange',
  status: 'confirmed',
  title: 'Stage 1',
  date: '2026-03-05',
  datePrecision: 'day',
  venueIds: ['belarus'],
  mediators: ['United States'],
  toUkraine: { total: 200, soldiers: 150 },
  summary: 's',
  evidence: [{ sourceId: 'src-a', excerpt: '200 each', supports: ['toUkraine', 'date'] }],
  inferred: [
    { field: 'venue:belarus', basis: 'inferred', reasoning: 'taken to Belarus after the swap' },
  ],
};

describe('export rows', () => {
  it('flattens an event with its places, evidence and source titles', () => {
    const [row] = eventRows([event], new Map([['belarus', venue]]), new Map([['src-a', source]]));
    expect(row).toMatchObject({
      id: 'x1',
      toUkraine: 200,
      toUkraineSoldiers: 150,
      toUkraineCivilians: '',
      toRussia: '',
      places: 'Belarus',
      mediators: 'United States',
      evidence: '[toUkraine, date] “200 each” (Swap of 200)',
      sources: 'Swap of 200',
      sourceLinks: 'seed article a.txt',
      inferred: 'venue:belarus: taken to Belarus after the swap',
    });
  });

  it('flattens a quote with speaker, event and source', () => {
    const person: Person = {
      id: 'p',
      name: 'Speaker',
      aliases: [],
      role: 'President',
      side: 'ukraine',
    };
    const quote: Quote = {
      id: 'q',
      text: 'Hello',
      speakerId: 'p',
      date: '2026-03-05',
      datePrecision: 'day',
      sourceId: 'src-a',
      eventId: 'x1',
      partial: false,
      variantOf: null,
      inferred: [],
    };
    const [row] = quoteRows(
      [quote],
      new Map([['p', person]]),
      new Map([['src-a', source]]),
      new Map([['x1', event]]),
    );
    expect(row).toMatchObject({
      speaker: 'Speaker',
      side: 'ukraine',
      event: 'Stage 1',
      source: 'Swap of 200',
      sourceFile: 'a.txt',
    });
  });

  it('neutralises spreadsheet formulas but leaves numbers and plain text alone', () => {
    expect(neutraliseFormula({ a: '=HYPERLINK("x")', b: '-1+2', c: 'fine', d: -5 })).toEqual({
      a: '\'=HYPERLINK("x")',
      b: "'-1+2",
      c: 'fine',
      d: -5,
    });
  });
});

describe('eventRows: every column', () => {
  const untitled: Source = { ...source, id: 'src-b', file: 'b.txt', title: null, label: 'B' };
  const web: Source = {
    ...source,
    id: 'src-web',
    file: null,
    title: 'Web report',
    url: 'https://example.org/swap',
  };
  const sources = new Map([
    ['src-a', source],
    ['src-b', untitled],
    ['src-web', web],
  ]);
  const venues = new Map([['belarus', makeVenue('belarus', { name: 'Belarus' })]]);

  it('writes every figure, place, mediator, link, inference and piece of evidence', () => {
    const full = makeEvent('x2', {
      status: 'expected',
      title: 'Stage 2',
      date: '2026-03-06',
      datePrecision: 'week',
      endDate: '2026-03-08',
      venueIds: ['belarus', 'somewhere-else'],
      mediators: ['united-states', 'uae'],
      agreementId: 'deal',
      stage: 2,
      toUkraine: { total: 300, soldiers: 250, civilians: 50 },
      toRussia: { total: 290, soldiers: 280, civilians: 10 },
      claims: [
        {
          counts: 'toUkraine',
          statedBy: 'Moscow',
          party: 'russia',
          total: 280,
          moreThan: true,
          sourceId: 'src-web',
          note: 'says more than 280',
        },
      ],
      evidence: [
        { sourceId: 'src-a', excerpt: '300 each', supports: ['toUkraine', 'toRussia'] },
        { sourceId: 'src-a', excerpt: 'on Friday', supports: ['date'] },
        { sourceId: 'src-b', excerpt: 'expected', supports: ['status'] },
        { sourceId: 'src-web', note: 'says it happened in Belarus', supports: ['venue:belarus'] },
        { sourceId: 'src-gone', excerpt: 'in Belarus', supports: ['venue:belarus'] },
      ],
      inferred: [
        { field: 'endDate', basis: 'inferred', reasoning: 'three days' },
        { field: 'stage', basis: 'inferred', reasoning: 'second of two' },
      ],
    });
    const mediators = new Map([
      ['united-states', { id: 'united-states', name: 'United States', kind: 'state' as const }],
    ]);
    expect(eventRows([full], venues, sources, mediators)).toEqual([
      {
        id: 'x2',
        type: 'exchange',
        // What it returned, so that a sum over rows can leave bodies out.
        returnKind: 'swap',
        status: 'expected',
        title: 'Stage 2',
        date: '2026-03-06',
        datePrecision: 'week',
        endDate: '2026-03-08',
        toUkraine: 300,
        toUkraineSoldiers: 250,
        toUkraineCivilians: 50,
        toRussia: 290,
        toRussiaSoldiers: 280,
        toRussiaCivilians: 10,
        places: 'Belarus; somewhere-else',
        // Mediators by name; one not on file by its id.
        mediators: 'United States; uae',
        agreementId: 'deal',
        stage: 2,
        inferred: 'endDate: three days | stage: second of two',
        // Who stated which other figure, and where.
        claims: 'Moscow: more than 280 toUkraine (Web report)',
        // A web source's note is our summary, never shown as a quotation; each piece names its
        // source.
        evidence:
          '[toUkraine, toRussia] “300 each” (Swap of 200) | [date] “on Friday” (Swap of 200) | [status] “expected” (B (our description, not its headline)) | [venue:belarus] reports (our summary): says it happened in Belarus (Web report) | [venue:belarus] “in Belarus” (src-gone)',
        // Each source once; the label, flagged as ours, when there is no title; the id when it is
        // unknown.
        sources: 'Swap of 200 | B (our description, not its headline) | Web report | src-gone',
        // Each source's URL, else its seed article; nothing for an unknown one.
        sourceLinks: 'seed article a.txt | seed article b.txt | https://example.org/swap',
      },
    ]);
  });

  it('leaves what an event does not say as empty cells', () => {
    const [row] = eventRows([makeEvent('bare', { type: 'talks' })], venues, sources);
    expect(row).toEqual({
      id: 'bare',
      type: 'talks',
      returnKind: '',
      status: 'confirmed',
      title: 'bare',
      date: '2026-01-01',
      datePrecision: 'day',
      endDate: '',
      toUkraine: '',
      toUkraineSoldiers: '',
      toUkraineCivilians: '',
      toRussia: '',
      toRussiaSoldiers: '',
      toRussiaCivilians: '',
      places: '',
      mediators: '',
      agreementId: '',
      stage: '',
      inferred: '',
      claims: '',
      evidence: '[status] “words” (src)',
      sources: 'src',
      sourceLinks: '',
    });
  });

  it('names what each exchange returned, so bodies can be left out of a sum of people', () => {
    const rows = eventRows(
      [
        makeEvent('s'),
        makeEvent('r', { returnKind: 'release' }),
        makeEvent('b', { returnKind: 'bodies', toUkraine: { total: 900 } }),
      ],
      venues,
      sources,
    );
    expect(rows.map((r) => r.returnKind)).toEqual(['swap', 'release', 'bodies']);
  });

  it('keeps the order given', () => {
    const rows = eventRows([makeEvent('b'), makeEvent('a'), makeEvent('c')], venues, sources);
    expect(rows.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('quoteRows: every column', () => {
  const people = new Map([
    [zelensky.id, zelensky],
    [peskov.id, peskov],
  ]);
  const sources = new Map([['src-a', source]]);
  const events = new Map([['x1', event]]);

  it('writes the speaker, the quote, its variant link, event and source', () => {
    const q = makeQuote('q2', {
      speakerId: peskov.id,
      text: 'Work continues',
      date: '2026-03-06',
      partial: true,
      variantOf: 'q1',
      eventId: 'x1',
    });
    expect(quoteRows([q], people, sources, events)).toEqual([
      {
        id: 'q2',
        date: '2026-03-06',
        speaker: 'Dmitry Peskov',
        role: 'Kremlin spokesman',
        side: 'russia',
        text: 'Work continues',
        partial: true,
        variantOf: 'q1',
        eventId: 'x1',
        event: 'Stage 1',
        source: 'Swap of 200',
        sourcePublisher: '',
        sourceDate: '',
        sourceUrl: '',
        sourceFile: 'a.txt',
      },
    ]);
  });

  it('cites a web source by outlet, date and URL', () => {
    const web: Source = {
      ...source,
      id: 'src-web',
      file: null,
      publisher: 'Reuters',
      publishedDate: '2026-03-06',
      url: 'https://example.org/swap',
    };
    const [row] = quoteRows(
      [makeQuote('q5', { sourceId: 'src-web' })],
      people,
      new Map([['src-web', web]]),
      events,
    );
    expect(row).toMatchObject({
      source: 'Swap of 200',
      sourcePublisher: 'Reuters',
      sourceDate: '2026-03-06',
      sourceUrl: 'https://example.org/swap',
      sourceFile: '',
    });
  });

  it('names unknown speakers, events and sources by id and leaves missing links empty', () => {
    const rows = quoteRows(
      [
        makeQuote('q3', { speakerId: 'nobody', sourceId: 'src-gone', eventId: 'x-gone' }),
        makeQuote('q4', { speakerId: zelensky.id }),
      ],
      people,
      sources,
      events,
    );
    expect(rows[0]).toMatchObject({
      speaker: 'nobody',
      role: '',
      side: '',
      partial: false,
      variantOf: '',
      eventId: 'x-gone',
      event: 'x-gone',
      source: 'src-gone',
      sourceFile: '',
    });
    expect(rows[1]).toMatchObject({
      id: 'q4',
      speaker: 'Volodymyr Zelensky',
      eventId: '',
      event: '',
      text: 'Words of q4',
      date: '2026-03-05',
    });
  });
});

describe('neutraliseFormula', () => {
  it('defuses every character a spreadsheet starts a formula with', () => {
    const risky = { eq: '=1', plus: '+1', minus: '-1', at: '@SUM(A1)', tab: '\t=1', cr: '\r=1' };
    expect(neutraliseFormula(risky)).toEqual({
      eq: "'=1",
      plus: "'+1",
      minus: "'-1",
      at: "'@SUM(A1)",
      tab: "'\t=1",
      cr: "'\r=1",
    });
  });

  it('leaves text that only contains such characters later, empty text and other values', () => {
    const safe = { a: 'a=b', b: 'x-1', c: '', d: ' =1', e: 0, f: true, g: '1+1' };
    expect(neutraliseFormula(safe)).toEqual(safe);
  });
});
