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
      evidence: '[toUkraine, date] “200 each”',
      sources: 'Swap of 200',
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
