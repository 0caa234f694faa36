import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithData } from '../render-with-data';
import type { EventRecord, Source, Venue } from '../../../src/data/schemas';
import { isoFromDay, dayNumber } from '../../../src/domain/dates';
import { EventsView } from '../../../src/features/events/events-view';
import { resetStore, useAppStore } from '../../../src/state/store';

const sources: Source[] = [
  {
    id: 'src-a',
    file: '000_a.txt',
    title: 'An article',
    label: 'A',
    publisher: null,
    agencies: [],
    publishedDate: null,
    url: null,
  },
];
const venues: Venue[] = [];

function exchange(n: number): EventRecord {
  return {
    id: `ev-${String(n).padStart(6, '0')}`,
    type: 'exchange',
    status: 'confirmed',
    title: `Exchange ${n}`,
    date: isoFromDay(dayNumber('2000-01-01') + Math.floor(n / 3)),
    datePrecision: 'day',
    venueIds: [],
    mediators: [],
    toUkraine: { total: n },
    summary: 'Generated.',
    evidence: [{ sourceId: 'src-a', excerpt: 'generated words', supports: ['status'] }],
    inferred: [],
  };
}

function renderWith(
  preload: Partial<{ events: EventRecord[]; venues: Venue[]; sources: Source[] }>,
) {
  renderWithData(<EventsView />, preload);
  return screen.getByRole('region', { name: 'Exchanges' });
}

const rowsOf = (region: HTMLElement) =>
  within(
    within(region).getByRole('list', { name: /^Events, (latest|earliest) first$/ }),
  ).getAllByRole('listitem');

// Read from the earliest, the order these cases were written in (the list's order is tested apart).
beforeEach(() => resetStore('?order=oldest'));
afterEach(() => vi.unstubAllGlobals());

describe('EventsView states', () => {
  it('shows a loading message while the events file loads', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    const region = renderWith({ venues, sources });
    expect(within(region).getByRole('status')).toHaveTextContent('Loading events…');
  });

  it('shows the error panel naming the file, and recovers on retry', async () => {
    const user = userEvent.setup();
    // Retry refetches every file of the view, so the server answers per file.
    let eventsBody: string | null = null;
    const fetchMock = vi.fn(async (url: string) => {
      if (url.endsWith('venues.json')) return new Response(JSON.stringify(venues));
      if (url.endsWith('sources.json')) return new Response(JSON.stringify(sources));
      return eventsBody === null
        ? new Response('missing', { status: 404, statusText: 'Not Found' })
        : new Response(eventsBody);
    });
    vi.stubGlobal('fetch', fetchMock);
    const region = renderWith({ venues, sources });
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('Exchanges: events.json could not be used.');
    expect(alert).toHaveTextContent('HTTP 404');

    eventsBody = JSON.stringify([exchange(1)]);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(region).findByRole('button', { name: 'Exchange 1' })).toBeInTheDocument();
    expect(within(region).queryByRole('alert')).toBeNull();
  });

  it('leaves out an event whose reference points nowhere, keeps the rest, and says so', () => {
    const broken = {
      ...exchange(1),
      evidence: [{ sourceId: 'src-missing', excerpt: 'words', supports: ['status'] }],
    };
    const region = renderWith({ events: [broken, exchange(2)], venues, sources });
    expect(within(region).queryByRole('alert')).toBeNull();
    expect(rowsOf(region)).toHaveLength(1);
    expect(within(region).getByText(/Incomplete: 1 record left out/)).toBeVisible();
    expect(within(region).getByRole('link', { name: 'see the list' })).toHaveAttribute(
      'href',
      '#left-out',
    );
  });

  it('keeps hostile text inert', async () => {
    const user = userEvent.setup();
    const hostile = {
      ...exchange(1),
      title: '<img src=x onerror="alert(1)"> Exchange',
      summary: '<script>alert(2)</script>',
      evidence: [
        { sourceId: 'src-a', excerpt: '<b>bold</b>' + 'x'.repeat(300), supports: ['status'] },
      ],
    };
    const region = renderWith({ events: [hostile], venues, sources });
    await user.click(
      within(region).getByRole('button', { name: '<img src=x onerror="alert(1)"> Exchange' }),
    );
    expect(region.querySelector('img, script, b')).toBeNull();
    expect(region).toHaveTextContent('<script>alert(2)</script>');
  });
});

describe('EventsView at scale', () => {
  const many = Array.from({ length: 100_000 }, (_, n) => exchange(n));

  it('renders 30 rows, shows 100 more on demand, and keeps the selected one rendered', async () => {
    const user = userEvent.setup();
    resetStore('?event=ev-099999&order=oldest');
    const region = renderWith({ events: many, venues, sources });
    expect(within(region).getByText('100,000 events')).toBeInTheDocument();
    let rows = rowsOf(region);
    expect(rows).toHaveLength(31);
    expect(rows[0]).toHaveTextContent('Exchange 0');
    expect(rows[29]).toHaveTextContent('Exchange 29');
    const selected = within(region).getByRole('button', { name: 'Exchange 99999' });
    expect(selected).toHaveAttribute('aria-pressed', 'true');
    expect(rows[30]).toContainElement(selected);
    expect(rows[30]).toHaveTextContent('Exchange 99999');

    await user.click(
      within(region).getByRole('button', { name: /^Show 100 more \(99,969 left\)/ }),
    );
    rows = rowsOf(region);
    expect(rows).toHaveLength(131);
    expect(rows[129]).toHaveTextContent('Exchange 129');
    expect(useAppStore.getState().event).toBe('ev-099999');
  }, 30_000);

  it('from the latest (the default), keeps an early selection rendered after the first page', async () => {
    const user = userEvent.setup();
    resetStore('?event=ev-000000');
    const region = renderWith({ events: many, venues, sources });
    expect(within(region).getByRole('list', { name: 'Events, latest first' })).toBeInTheDocument();
    let rows = rowsOf(region);
    expect(rows).toHaveLength(31);
    expect(rows[0]).toHaveTextContent('Exchange 99999');
    expect(rows[29]).toHaveTextContent('Exchange 99970');
    expect(rows[30]).toContainElement(within(region).getByRole('button', { name: 'Exchange 0' }));
    await user.click(
      within(region).getByRole('button', { name: /^Show 100 more \(99,969 left\)/ }),
    );
    rows = rowsOf(region);
    expect(rows).toHaveLength(131);
    expect(rows[129]).toHaveTextContent('Exchange 99870');
    expect(rows[130]).toHaveTextContent('Exchange 0');
  }, 30_000);
});
