/** The derived layer's selectors, on small datasets built here: what each view-model holds. */
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, Tally } from '../../../src/data/schemas';
import type { DatasetState } from '../../../src/data/use-dataset';
import { selectChartModel, selectSeries } from '../../../src/derived/chart';
import { selectEventSelection, selectEventsView } from '../../../src/derived/events-list';
import {
  selectMediatorOptions,
  selectRangePresets,
  selectVisibleEvents,
} from '../../../src/derived/events';
import { selectEventRows } from '../../../src/derived/exports';
import { readyInputs } from '../../../src/derived/inputs';
import type { DerivedInputs } from '../../../src/derived/inputs';
import { selectMapModel } from '../../../src/derived/map';
import { selectOfficial } from '../../../src/derived/official';
import {
  selectQuoteScope,
  selectQuoteScopeWords,
  selectQuotesView,
} from '../../../src/derived/quotes';
import { selectChartTitle, selectFilterWords } from '../../../src/derived/selection';
import { selector } from '../../../src/derived/selector';
import { selectShownQuoteCount, selectSummaryView } from '../../../src/derived/summary';
import { viewOf } from '../../../src/derived/view-state';
import { makeEvent } from '../../fixtures/make-event';
import { makeQuote } from '../../fixtures/make-quote';
import { makeVenue } from '../../fixtures/make-venue';
import { zelensky } from '../../fixtures/people';

const talks = makeEvent('talks-g', { type: 'talks', date: '2026-02-01', venueIds: ['geneva'] });
const deal = makeEvent('deal-g', {
  type: 'agreement',
  date: '2026-02-02',
  talksId: 'talks-g',
  mediators: ['usa'],
  toUkraine: { total: 500 },
  toRussia: { total: 500 },
});
const stage = makeEvent('stage-1', {
  date: '2026-03-05',
  agreementId: 'deal-g',
  stage: 1,
  venueIds: ['belarus'],
  toUkraine: { total: 200 },
  toRussia: { total: 200 },
  sequences: [{ series: 'ukraine', number: 72 }],
});
const early = makeEvent('swap-2024', {
  date: '2024-12-30',
  mediators: ['uae'],
  toUkraine: { total: 189 },
  toRussia: { total: 150 },
  sequences: [{ series: 'ukraine', number: 59 }],
});
const bodies = makeEvent('bodies-2025', {
  date: '2025-06-01',
  returnKind: 'bodies',
  toUkraine: { total: 1000 },
  toRussia: { total: 30 },
});
const tally = (asOf: string, figure: number, measure: Tally['measure']): Tally => ({
  id: `tally-${asOf}-${measure}`,
  asOf,
  datePrecision: 'day',
  statedBy: 'Coordination Headquarters',
  side: 'ukraine',
  measure,
  mediatorId: null,
  figure,
  moreThan: false,
  evidence: [{ sourceId: 'src', note: 'Stated figure.', supports: ['figure'] }],
  inferred: [],
});

function dataset(): Partial<Dataset> {
  return {
    events: [early, bodies, talks, deal, stage],
    venues: [
      makeVenue('geneva', { name: 'Geneva' }),
      makeVenue('belarus', { name: 'Belarus', kind: 'handover' }),
    ],
    mediators: [
      { id: 'usa', name: 'United States', kind: 'state' },
      { id: 'uae', name: 'United Arab Emirates', kind: 'state' },
      { id: 'qatar', name: 'Qatar', kind: 'state' },
    ],
    tallies: [
      tally('2025-01-01', 3956, 'people-returned-to-ukraine'),
      tally('2026-03-11', 8050, 'people-returned-to-ukraine'),
      tally('2026-03-11', 73, 'exchanges'),
    ],
    quotes: [makeQuote('q-1', { speakerId: zelensky.id, eventId: 'stage-1' })],
    people: [zelensky],
    sources: [],
  };
}

// A fresh dataset each time: selectors remember their last inputs, and a result computed in an
// earlier test (or under other code, in mutation testing) must never answer for this one.
const at = (ui: Parameters<typeof readyInputs>[1] = {}) => readyInputs(dataset(), ui);
const ids = (list: { event: { id: string } }[]) => list.map((p) => p.event.id);

describe('events', () => {
  it('keeps the range, the place (deals agreed there) and the mediator (its deals’ stages too)', () => {
    expect(ids(selectVisibleEvents(at()))).toEqual([
      'swap-2024',
      'bodies-2025',
      'talks-g',
      'deal-g',
      'stage-1',
    ]);
    expect(ids(selectVisibleEvents(at({ from: '2026-01-01' })))).toEqual([
      'talks-g',
      'deal-g',
      'stage-1',
    ]);
    expect(ids(selectVisibleEvents(at({ venue: 'geneva' })))).toEqual([
      'talks-g',
      'deal-g',
      'stage-1',
    ]);
    expect(ids(selectVisibleEvents(at({ mediator: 'usa' })))).toEqual(['deal-g', 'stage-1']);
    expect(ids(selectVisibleEvents(at({ mediator: 'uae' })))).toEqual(['swap-2024']);
  });

  it('sizes the map by the range alone, whatever place is chosen', () => {
    const chosen = selectMapModel(at({ venue: 'geneva', from: '2025-01-01' }));
    const none = selectMapModel(at({ from: '2025-01-01' }));
    expect(chosen.totals).toEqual(none.totals);
    expect(chosen.radii).toEqual(none.radii);
    expect(chosen.totals.filter((t) => t.events > 0).length).toBeGreaterThan(1);
    // The chosen place's panel lists the events tied to it in the range.
    expect(chosen.selectedEvents.map((p) => p.event.id)).toEqual(['talks-g', 'deal-g', 'stage-1']);
    expect(none.selectedEvents).toEqual([]);
  });

  it('fades the places with nothing in the chosen dates or of the chosen mediator, and says why', () => {
    const quietOf = (ui: Parameters<typeof readyInputs>[1]) => {
      const model = selectMapModel(at(ui));
      const empty = model.totals.filter((t) => t.events === 0).map((t) => t.venue.id);
      expect([...model.quiet].sort()).toEqual(empty.sort());
      return model;
    };
    // The whole record fades nothing, whatever its places hold.
    expect(selectMapModel(at()).quiet.size).toBe(0);
    const dated = quietOf({ from: '2024-01-01', to: '2024-12-31' });
    expect(dated.quiet.size).toBeGreaterThan(0);
    expect(dated.quietWhy).toBe('in the selected dates');
    expect(quietOf({ mediator: 'uae' }).quietWhy).toBe('with the chosen mediator');
    expect(quietOf({ mediator: 'uae', from: '2024-01-01' }).quietWhy).toBe(
      'in the selected dates with the chosen mediator',
    );
  });

  it('splits the presets into years and talks rounds', () => {
    const { all, talks: rounds, general } = selectRangePresets(at());
    expect(general.map((p) => p.label)).toEqual(['All time', '2024', '2025', '2026']);
    expect(rounds.map((p) => p.kind)).toEqual(['talks']);
    expect(all).toHaveLength(general.length + rounds.length);
  });

  it('lists each mediator with the events it took part in, most first, leaving out idle ones', () => {
    expect(selectMediatorOptions(at())).toEqual([
      { id: 'usa', name: 'United States', events: 2 },
      { id: 'uae', name: 'United Arab Emirates', events: 1 },
    ]);
  });

  it('finds the selected event, says when the filter hides it, and when it is not in the data', () => {
    expect(selectEventSelection(at())).toEqual({ status: 'none' });
    expect(selectEventSelection(at({ event: 'nope' }))).toEqual({ status: 'missing', id: 'nope' });
    const hidden = selectEventSelection(at({ event: 'swap-2024', from: '2026-01-01' }));
    expect(hidden).toMatchObject({ status: 'found', inFilter: false });
    expect(selectEventSelection(at({ event: 'swap-2024' }))).toMatchObject({ inFilter: true });
  });
});

describe('chart and map', () => {
  it('never draws bodies on the people series, and draws them apart when asked', () => {
    const series = selectSeries(at());
    expect(series.at(-1)).toMatchObject({ ukraine: 389, russia: 350 });
    expect(selectChartModel(at()).bodies).toBeNull();
    const withBodies = selectChartModel(at({ bodies: true })).bodies;
    expect(withBodies?.some((r) => r.ukraine === 1000 && r.russia === 30)).toBe(true);
  });

  it('totals a place’s deals directly, and a mediator’s, and agrees with the range path', () => {
    expect(selectSeries(at({ venue: 'geneva' })).at(-1)).toMatchObject({ ukraine: 200 });
    expect(selectSeries(at({ mediator: 'uae' })).at(-1)).toMatchObject({ ukraine: 189 });
  });

  it('puts the officials’ statements inside the window as reference points', () => {
    const all = selectChartModel(at());
    expect(all.tallies.map((p) => p.figure)).toEqual([3956, 8050]);
    const upTo2025 = selectChartModel(at({ to: '2025-12-31' }));
    expect(upTo2025.tallies.map((p) => p.figure)).toEqual([3956]);
    // A period counted from its own start is not set beside totals counted since 2022.
    expect(selectChartModel(at({ from: '2025-01-01' })).tallies).toEqual([]);
    // National totals are not set beside one place's or one mediator's line.
    expect(selectChartModel(at({ venue: 'geneva' })).tallies).toEqual([]);
    expect(selectChartModel(at({ mediator: 'uae' })).tallies).toEqual([]);
  });

  it('keeps each marker’s code whatever the filter', () => {
    const codes = (ui: Parameters<typeof at>[0]) =>
      selectChartModel(at(ui)).markers.map((m) => [m.id, m.code]);
    expect(codes({})).toEqual([
      ['talks-g', 'T1'],
      ['deal-g', 'A1'],
    ]);
    expect(codes({ from: '2026-02-02' })).toEqual([['deal-g', 'A1']]);
  });

  it('says the two lines coincide only when no exchange shown lacks a side’s figure', () => {
    // 2026 holds one 200-for-200 stage: the lines coincide.
    expect(selectChartModel(at({ from: '2026-01-01' })).linesCoincide).toBe(true);
    const withUnknown = readyInputs(
      {
        ...dataset(),
        events: [...dataset().events!, makeEvent('unknown', { date: '2026-03-06' })],
      },
      { from: '2026-01-01' },
    );
    expect(selectChartModel(withUnknown).linesCoincide).toBe(false);
    expect(selectChartModel(withUnknown).noFigures).toBe(false);
    const onlyUnknown = readyInputs(
      { ...dataset(), events: [makeEvent('unknown', { date: '2026-03-06' })] },
      {},
    );
    expect(selectChartModel(onlyUnknown).noFigures).toBe(true);
  });

  it('places the selected event on the time axis', () => {
    expect(selectChartModel(at()).selectedTime).toBeNull();
    expect(selectChartModel(at({ event: 'stage-1' })).selectedTime).toBe(Date.UTC(2026, 2, 5));
  });

  it('names the selected place from the range-only totals', () => {
    expect(selectMapModel(at()).selected).toBeNull();
    const chosen = selectMapModel(at({ venue: 'belarus' }));
    expect(chosen.selected?.venue.name).toBe('Belarus');
    expect(chosen.selected?.peopleConfirmed).toBe(400);
    expect(selectMapModel(at({ venue: 'atlantis' })).selected).toBeNull();
    // Geneva, where the deal was agreed, counts the same stage: the two are sized alike.
    expect(chosen.radii.get('belarus')).toBe(chosen.radii.get('geneva'));
    expect(selectMapModel(at({ from: '2026-03-06' })).radii.get('belarus')).toBeLessThan(
      chosen.radii.get('belarus')!,
    );
  });
});

describe('summary, official figures and exports', () => {
  it('compares the latest statement with what the record holds by that day', () => {
    const view = selectSummaryView(at());
    if (view.status !== 'ready') throw new Error('not ready');
    expect(view.model.official?.returned?.figure).toBe(8050);
    expect(view.model.recordedAtStatement).toBe(389);
    const period = selectSummaryView(at({ from: '2025-01-01' }));
    expect(period.status === 'ready' && period.model.recordedAtStatement).toBeNull();
    expect(view.model.official?.coverage).toMatchObject({ recorded: 2, highest: 73 });
    const place = selectSummaryView(at({ venue: 'geneva' }));
    expect(place.status === 'ready' && place.model.official).toBeNull();
    expect(view.model.summary.bodies).toEqual({ handovers: 1, toUkraine: 1000, toRussia: 30 });
  });

  it('takes the statement as of the end of the range', () => {
    expect(selectOfficial(at({ to: '2025-12-31' })).returned?.figure).toBe(3956);
    expect(selectOfficial(at({ to: '2024-01-01' })).returned).toBeNull();
  });

  it('counts the quotes shown only once their files are in', () => {
    expect(selectShownQuoteCount(at())).toBe(1);
    const x = at();
    const loading: DerivedInputs = {
      ...x,
      dataset: { ...x.dataset, files: { ...x.dataset.files, people: { status: 'loading' } } },
    };
    expect(selectShownQuoteCount(loading)).toBeNull();
  });

  it('scopes quotes to the event’s family, or the place’s or mediator’s events', () => {
    expect(selectQuoteScope(at())).toBeNull();
    expect([...(selectQuoteScope(at({ event: 'deal-g' })) ?? [])].sort()).toEqual([
      'deal-g',
      'stage-1',
    ]);
    expect([...(selectQuoteScope(at({ mediator: 'uae' })) ?? [])]).toEqual(['swap-2024']);
    expect([...(selectQuoteScope(at({ venue: 'geneva' })) ?? [])].sort()).toEqual([
      'deal-g',
      'stage-1',
      'talks-g',
    ]);
  });

  it('words the quotes’ scope for their count, naming what came of an event only when it did', () => {
    expect(selectQuoteScopeWords(at())).toBeNull();
    expect(selectQuoteScopeWords(at({ event: 'deal-g' }))).toMatch(
      /^about “.+” and what came of it$/,
    );
    expect(selectQuoteScopeWords(at({ event: 'stage-1' }))).toMatch(/^about “[^”]+”$/);
    expect(selectQuoteScopeWords(at({ venue: 'geneva', mediator: 'uae' }))).toMatch(
      /^about events tied to .+ and mediated by .+$/,
    );
  });

  it('exports only the kind of event the list’s tab shows', () => {
    expect(selectEventRows(at({ type: 'talks' })).map((r) => r.id)).toEqual(['talks-g']);
    expect(selectEventRows(at()).length).toBeGreaterThan(1);
  });

  it('exports the events shown, mediators by name', () => {
    const rows = selectEventRows(at({ mediator: 'usa' }));
    expect(rows.map((r) => [r.id, r.mediators])).toEqual([
      ['deal-g', 'United States'],
      ['stage-1', ''],
    ]);
  });
});

describe('the view state and the selector', () => {
  const status = (files: Partial<DatasetState['files']>, leftOut = {}): DerivedInputs => {
    const x = at();
    return {
      ...x,
      dataset: {
        ...x.dataset,
        files: { ...x.dataset.files, ...files },
        leftOutCount: { ...x.dataset.leftOutCount, ...leftOut },
        retry: vi.fn(),
      },
    };
  };

  it('is loading, failed (retrying just its files) or ready with what was left out', () => {
    const model = vi.fn(() => 'model');
    const view = viewOf(['events', 'venues'], model, ['events']);
    expect(view(status({ venues: { status: 'loading' } }))).toEqual({ status: 'loading' });
    expect(model).not.toHaveBeenCalled();
    const problem = {
      severity: 'error' as const,
      file: 'venues.json',
      recordId: null,
      index: null,
      field: '',
      message: 'HTTP 404',
    };
    const failing = status({ venues: { status: 'error', problems: [problem] } });
    const failed = view(failing);
    expect(failed).toMatchObject({ status: 'error', problems: [problem] });
    if (failed.status === 'error') failed.retry();
    expect(failing.dataset.retry).toHaveBeenCalledWith(['events', 'venues']);
    expect(view(status({}, { events: 2, venues: 5, quotes: 9 }))).toEqual({
      status: 'ready',
      model: 'model',
      leftOut: 2,
    });
  });

  it('recomputes only when one of its inputs is a different value', () => {
    const combine = vi.fn((from: string | null, events: unknown) => ({ from, events }));
    const select = selector(
      [(x: DerivedInputs) => x.ui.from, (x: DerivedInputs) => x.dataset.data.events],
      combine,
    );
    const data = dataset();
    const a = select(readyInputs(data, { from: '2025-01-01' }));
    expect(a).toEqual({ from: '2025-01-01', events: data.events });
    expect(select(readyInputs(data, { from: '2025-01-01', q: 'other' }))).toBe(a);
    expect(combine).toHaveBeenCalledTimes(1);
    expect(select(readyInputs(data, { from: '2026-01-01' }))).not.toBe(a);
    expect(combine).toHaveBeenCalledTimes(2);
    expect(select(readyInputs(dataset(), { from: '2026-01-01' }))).not.toBe(a);
    expect(combine).toHaveBeenCalledTimes(3);
  });
});

describe('what the figures are filtered to', () => {
  it('names the period, place and mediator, and titles the chart with them', () => {
    expect(selectFilterWords(at())).toEqual({
      period: null,
      openEnded: false,
      place: null,
      mediator: null,
      talksRound: null,
    });
    expect(selectFilterWords(at({ from: '2025-01-01' })).period).toBe('from 1 Jan 2025');
    expect(selectFilterWords(at({ to: '2025-06-30' })).period).toBe('up to 30 Jun 2025');
    expect(selectFilterWords(at({ to: '2025-06-30' })).openEnded).toBe(true);
    expect(
      selectFilterWords(
        at({ from: '2025-01-01', to: '2025-06-30', venue: 'geneva', mediator: 'uae' }),
      ),
    ).toEqual({
      period: '1 Jan 2025 – 30 Jun 2025',
      openEnded: false,
      place: 'Geneva',
      mediator: 'United Arab Emirates',
      talksRound: null,
    });
    // The dates of a talks round's preset say so: it is a stretch of dates, not the deal.
    const round = selectRangePresets(at()).talks[0]!;
    expect(selectFilterWords(at({ from: round.from, to: round.to })).talksRound).toEqual(
      round.round,
    );
    expect(round.round?.name).toBeTruthy();
    expect(selectFilterWords(at({ venue: 'atlantis', mediator: 'nobody' }))).toMatchObject({
      place: 'atlantis',
      mediator: 'nobody',
    });
    expect(selectChartTitle(at())).toEqual({
      title: 'People returned to Ukraine and to Russia',
      subtitle:
        'Since February 2022 · confirmed swaps and one-way releases, cumulative; bodies not counted',
    });
    expect(selectChartTitle(at({ venue: 'geneva', from: '2026-01-01' }))).toEqual({
      title: 'People returned to Ukraine and to Russia under deals tied to Geneva',
      subtitle:
        'From 1 Jan 2026 · confirmed swaps and one-way releases, cumulative; bodies not counted',
    });
    expect(selectChartTitle(at({ venue: 'geneva', mediator: 'usa' })).title).toBe(
      'People returned to Ukraine and to Russia under deals tied to Geneva, mediated by United States',
    );
    expect(selectChartTitle(at({ mediator: 'usa' })).title).toBe(
      'People returned to Ukraine and to Russia mediated by United States',
    );
    // With the bodies drawn, the title names them and the subtitle no longer says they are left out.
    expect(selectChartTitle(at({ bodies: true }))).toEqual({
      title: 'People returned and bodies repatriated to Ukraine and to Russia',
      subtitle:
        'Since February 2022 · confirmed swaps and one-way releases, cumulative; bodies repatriated drawn apart, never counted as people',
    });
  });
});

describe('the official figures as the chart and summary take them', () => {
  it('lists Ukraine’s statements of people returned, oldest first, and nothing else', () => {
    const data = dataset();
    data.tallies = [
      tally('2026-03-11', 8050, 'people-returned-to-ukraine'),
      tally('2025-01-01', 3956, 'people-returned-to-ukraine'),
      { ...tally('2025-06-01', 5000, 'people-returned-to-ukraine'), side: 'russia' },
      { ...tally('2025-07-01', 6000, 'people-returned-to-ukraine'), mediatorId: 'uae' },
      tally('2025-08-01', 60, 'exchanges'),
    ];
    const official = selectOfficial(readyInputs(data));
    expect(official.returnedSeries.map((t) => t.figure)).toEqual([3956, 8050]);
    expect(official.exchanges?.figure).toBe(60);
    expect(official.coverage.highest).toBe(72);
    expect(selectOfficial(readyInputs({ ...data, tallies: undefined })).returned).toBeNull();
  });
});

describe('the chart model’s flags and the list’s place name', () => {
  it('says when expected exchanges or a soldiers/civilians split are in the window', () => {
    expect(selectChartModel(at())).toMatchObject({ hasExpected: false, hasSplit: false });
    const data = dataset();
    data.events = [
      ...data.events!,
      makeEvent('due', { date: '2026-03-06', status: 'expected', toRussia: { total: 300 } }),
      makeEvent('split', {
        date: '2026-03-07',
        toUkraine: { total: 10, soldiers: 0, civilians: 10 },
      }),
    ];
    expect(selectChartModel(readyInputs(data))).toMatchObject({
      hasExpected: true,
      hasSplit: true,
    });
    const russiaOnly = dataset();
    russiaOnly.events = [
      makeEvent('due', { date: '2026-03-06', status: 'expected', toRussia: { total: 300 } }),
      makeEvent('split', { date: '2026-03-07', toRussia: { total: 5, soldiers: 5, civilians: 0 } }),
    ];
    expect(selectChartModel(readyInputs(russiaOnly))).toMatchObject({
      hasExpected: true,
      hasSplit: true,
    });
  });

  it('has no selected time for an id the data does not have', () => {
    expect(selectChartModel(at({ event: 'nope' })).selectedTime).toBeNull();
  });

  it('keeps a statement made on the last day of the window', () => {
    const model = selectChartModel(at({ to: '2026-03-11' }));
    expect(model.tallies.map((p) => p.figure)).toEqual([3956, 8050]);
  });

  it('names the chosen place in the exchanges list, or its id when unknown', () => {
    const named = selectEventsView(at({ venue: 'geneva' }));
    expect(named.status === 'ready' && named.model.venueName).toBe('Geneva');
    const unknown = selectEventsView(at({ venue: 'atlantis' }));
    expect(unknown.status === 'ready' && unknown.model.venueName).toBe('atlantis');
    const none = selectEventsView(at());
    expect(none.status === 'ready' && none.model.venueName).toBeNull();
  });

  it('orders mediators by events, then by name', () => {
    const data = dataset();
    data.events = [
      makeEvent('a', { mediators: ['qatar'] }),
      makeEvent('b', { mediators: ['uae'] }),
      makeEvent('c', { mediators: ['usa', 'uae'] }),
      makeEvent('d', { mediators: ['usa'] }),
      makeEvent('e', { mediators: ['qatar'] }),
      makeEvent('f', { mediators: ['qatar'] }),
    ];
    expect(selectMediatorOptions(readyInputs(data)).map((m) => [m.name, m.events])).toEqual([
      ['Qatar', 3],
      ['United Arab Emirates', 2],
      ['United States', 2],
    ]);
  });
});

describe('the map and quote views', () => {
  it('lists every place, and the quotes with no search terms until something is searched', () => {
    expect(selectMapModel(at()).venues.map((v) => v.id)).toEqual(['geneva', 'belarus']);
    const quotes = selectQuotesView(at());
    if (quotes.status !== 'ready') throw new Error('not ready');
    expect(quotes.model.terms).toEqual([]);
    expect(quotes.model.stale).toBe(false);
    expect(quotes.model.total).toBe(1);
    const matched = selectQuotesView(
      readyInputs(
        dataset(),
        {},
        { result: { matched: Uint8Array.of(0), terms: ['zel'] }, busy: true },
      ),
    );
    if (matched.status !== 'ready') throw new Error('not ready');
    expect(matched.model).toMatchObject({ terms: ['zel'], stale: true, shownCount: 0 });
  });

  it('groups a quote with its other wordings, and leaves a lone quote alone', () => {
    const data = dataset();
    data.quotes = [
      makeQuote('q-first', { speakerId: zelensky.id, date: '2026-03-05' }),
      makeQuote('q-second', { speakerId: zelensky.id, date: '2026-03-06', variantOf: 'q-first' }),
      makeQuote('q-alone', { speakerId: zelensky.id, date: '2026-03-07' }),
    ];
    const view = selectQuotesView(readyInputs(data));
    if (view.status !== 'ready') throw new Error('not ready');
    expect(
      view.model.groups
        .first(view.model.groups.length)
        .map((g) => [g.quote.id, g.variants.map((v) => v.id)]),
    ).toEqual([
      ['q-alone', []],
      ['q-second', ['q-first']],
    ]);
  });
});
