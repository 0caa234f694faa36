/**
 * Each derived value is computed once per change of what it depends on, however many views read
 * it: the domain functions are wrapped in counters and the views rendered together.
 */
import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as eventIndex from '../../../src/domain/event-index';
import * as filter from '../../../src/domain/filter-events';
import * as series from '../../../src/domain/cumulative-series';
import * as venueIndex from '../../../src/domain/venue-index';
import * as summary from '../../../src/domain/summary';
import * as summaryDays from '../../../src/domain/summary-by-day';
import * as quoteFilter from '../../../src/domain/quote-filter';
import { ChartView } from '../../../src/features/chart/chart-view';
import { EventsView } from '../../../src/features/events/events-view';
import { MapView } from '../../../src/features/map/map-view';
import { QuotesView } from '../../../src/features/quotes/quotes-view';
import { SummaryFigures } from '../../../src/features/summary/summary-figures';
import { PrepareDerived } from '../../../src/derived/prepare-derived';
import { resetStore, useAppStore } from '../../../src/state/store';
import { renderWithData } from '../../component/render-with-data';

vi.mock('../../../src/domain/event-index', async (load) => {
  const real = await load<typeof eventIndex>();
  return {
    ...real,
    prepareEvents: vi.fn(real.prepareEvents),
    indexOfPrepared: vi.fn(real.indexOfPrepared),
  };
});
vi.mock('../../../src/domain/filter-events', async (load) => {
  const real = await load<typeof filter>();
  return { ...real, filterEvents: vi.fn(real.filterEvents) };
});
vi.mock('../../../src/domain/cumulative-series', async (load) => {
  const real = await load<typeof series>();
  return {
    ...real,
    seriesForRange: vi.fn(real.seriesForRange),
    buildDaySeriesIndex: vi.fn(real.buildDaySeriesIndex),
  };
});
vi.mock('../../../src/domain/venue-index', async (load) => {
  const real = await load<typeof venueIndex>();
  return {
    ...real,
    buildVenueIndex: vi.fn(real.buildVenueIndex),
    venueTotalsForDays: vi.fn(real.venueTotalsForDays),
  };
});
vi.mock('../../../src/domain/summary', async (load) => {
  const real = await load<typeof summary>();
  return { ...real, summarise: vi.fn(real.summarise) };
});
vi.mock('../../../src/domain/summary-by-day', async (load) => {
  const real = await load<typeof summaryDays>();
  return {
    ...real,
    buildSummaryDays: vi.fn(real.buildSummaryDays),
    summaryForRange: vi.fn(real.summaryForRange),
  };
});
vi.mock('../../../src/domain/quote-filter', async (load) => {
  const real = await load<typeof quoteFilter>();
  return {
    ...real,
    keepQuotes: vi.fn(real.keepQuotes),
    orderQuotes: vi.fn(real.orderQuotes),
  };
});

const counted = {
  prepareEvents: vi.mocked(eventIndex.prepareEvents),
  indexOfPrepared: vi.mocked(eventIndex.indexOfPrepared),
  filterEvents: vi.mocked(filter.filterEvents),
  buildDaySeriesIndex: vi.mocked(series.buildDaySeriesIndex),
  seriesForRange: vi.mocked(series.seriesForRange),
  buildVenueIndex: vi.mocked(venueIndex.buildVenueIndex),
  venueTotalsForDays: vi.mocked(venueIndex.venueTotalsForDays),
  summarise: vi.mocked(summary.summarise),
  buildSummaryDays: vi.mocked(summaryDays.buildSummaryDays),
  summaryForRange: vi.mocked(summaryDays.summaryForRange),
  keepQuotes: vi.mocked(quoteFilter.keepQuotes),
  orderQuotes: vi.mocked(quoteFilter.orderQuotes),
};

function calls(): Record<keyof typeof counted, number> {
  return Object.fromEntries(
    Object.entries(counted).map(([name, fn]) => [name, fn.mock.calls.length]),
  ) as Record<keyof typeof counted, number>;
}

function since(before: Record<keyof typeof counted, number>) {
  const now = calls();
  return Object.fromEntries(
    Object.keys(now).map((k) => [k, now[k as keyof typeof now] - before[k as keyof typeof now]]),
  );
}

function renderDashboardViews() {
  return renderWithData(
    <>
      <SummaryFigures />
      <ChartView />
      <MapView />
      <QuotesView />
      <EventsView />
    </>,
  );
}

beforeEach(() => {
  resetStore();
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}', { status: 404 })));
});

describe('the derived layer', () => {
  it('computes every value once for a first render of all the views', () => {
    const before = calls();
    renderDashboardViews();
    expect(since(before)).toEqual({
      prepareEvents: 1,
      indexOfPrepared: 1,
      // The visible events (chart, lists, summary, quotes); the map's totals read running counts.
      filterEvents: 1,
      buildDaySeriesIndex: 1,
      seriesForRange: 1,
      buildVenueIndex: 1,
      venueTotalsForDays: 1,
      // A date range's figures are read from running totals per day; nothing is summed directly.
      buildSummaryDays: 1,
      summaryForRange: 1,
      summarise: 0,
      // The quote list filters once (its speaker counts reuse that pass).
      keepQuotes: 1,
      orderQuotes: 1,
    });
  });

  it('has each file prepared before the first view asks (the app renders PrepareDerived first)', () => {
    const before = calls();
    const seen: ReturnType<typeof since>[] = [];
    function FirstView() {
      seen.push(since(before));
      return null;
    }
    renderWithData(
      <>
        <PrepareDerived />
        <FirstView />
      </>,
    );
    expect(seen[0]).toEqual({
      prepareEvents: 1,
      indexOfPrepared: 1,
      buildDaySeriesIndex: 1,
      buildSummaryDays: 1,
      orderQuotes: 1,
      // What depends on the filter is left to the views.
      filterEvents: 0,
      seriesForRange: 0,
      buildVenueIndex: 0,
      venueTotalsForDays: 0,
      summaryForRange: 0,
      summarise: 0,
      keepQuotes: 0,
    });
  });

  it('recomputes what a date range changes once, and nothing the range does not touch', () => {
    renderDashboardViews();
    const before = calls();
    act(() => useAppStore.getState().setRange('2026-01-01', '2026-12-31'));
    expect(since(before)).toEqual({
      prepareEvents: 0,
      indexOfPrepared: 0,
      filterEvents: 1,
      buildDaySeriesIndex: 0,
      seriesForRange: 1,
      buildVenueIndex: 0,
      venueTotalsForDays: 1,
      buildSummaryDays: 0,
      summaryForRange: 1,
      summarise: 0,
      keepQuotes: 1,
      orderQuotes: 0,
    });
  });

  it('keeps the map sizes and the series when only a place is chosen', () => {
    renderDashboardViews();
    const before = calls();
    act(() => useAppStore.getState().selectVenue('geneva'));
    const changed = since(before);
    // The visible events change (one filter); the range's totals, and so the sizes, do not.
    expect(changed.filterEvents).toBe(1);
    expect(changed.venueTotalsForDays).toBe(0);
    // A place's few deals are summed directly.
    expect(changed.summarise).toBe(1);
    expect(changed.summaryForRange).toBe(0);
    expect(changed.keepQuotes).toBe(1);
  });

  it('recomputes nothing for a hover or a choice no figure depends on', () => {
    renderDashboardViews();
    const before = calls();
    act(() => useAppStore.getState().setHoveredEvent('exchange-2026-03-05-geneva-stage-1'));
    act(() => useAppStore.getState().setSplit(true));
    expect(Object.values(since(before)).every((n) => n === 0)).toBe(true);
  });

  it('sorts the quotes again only when the order changes', () => {
    renderDashboardViews();
    const before = calls();
    act(() => useAppStore.getState().setSort('oldest'));
    expect(since(before)).toMatchObject({ orderQuotes: 1, keepQuotes: 1, filterEvents: 0 });
  });
});
