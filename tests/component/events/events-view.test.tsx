import { makeEvent } from '../../fixtures/make-event';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithData } from '../render-with-data';
import type { EventRecord, Source, Venue } from '../../../src/data/schemas';
import { EventsView } from '../../../src/features/events/events-view';
import { resetStore, useAppStore } from '../../../src/state/store';

function venue(id: string, name: string): Venue {
  const kind = id === 'geneva' || id === 'istanbul' ? 'talks' : 'handover';
  return {
    id,
    name,
    kind,
    lat: 0,
    lon: 0,
    country: 'X',
    coordinatePrecision: 'city',
    description: name,
    evidence: [],
    inferred: [],
  };
}

const venues = [
  venue('geneva', 'Geneva'),
  venue('istanbul', 'Istanbul'),
  venue('belarus', 'Belarus border'),
];

const sources: Source[] = [
  {
    id: 'src-geneva',
    file: '000_a.txt',
    title: 'Ukraine and Russia swap 200 prisoners each',
    label: 'Geneva swap',
    publisher: 'Example Wire',
    agencies: ['EFE'],
    publishedDate: '2026-03-05',
    url: 'https://news.example/geneva',
  },
  {
    id: 'src-istanbul',
    file: '001_b.txt',
    title: null,
    label: 'Istanbul article (undated)',
    publisher: null,
    agencies: [],
    publishedDate: null,
    url: 'javascript:alert(1)',
  },
];

type Required = Pick<EventRecord, 'id' | 'type' | 'title' | 'date' | 'summary' | 'evidence'>;
function ev(fields: Required & Partial<EventRecord>): EventRecord {
  return {
    status: 'confirmed',
    datePrecision: 'day',
    venueIds: [],
    mediators: [],
    inferred: [],
    ...fields,
  };
}
const events: EventRecord[] = [
  ev({
    id: 'stage-2',
    type: 'exchange',
    status: 'expected',
    title: 'Geneva deal, stage 2: 300 for 300',
    date: '2026-03-06',
    agreementId: 'deal-geneva',
    stage: 2,
    toUkraine: { total: 300 },
    toRussia: { total: 300 },
    summary: 'The remaining 300 each are expected on Friday.',
    evidence: [
      {
        sourceId: 'src-geneva',
        excerpt: 'the remaining 300 expected to be released on Friday',
        supports: ['status', 'toUkraine', 'toRussia', 'stage'],
      },
    ],
    inferred: [
      {
        field: 'date',
        basis: 'inferred',
        reasoning: 'Friday after the Thursday release is 6 March 2026.',
      },
    ],
  }),
  ev({
    id: 'talks-geneva',
    type: 'talks',
    status: 'confirmed',
    title: 'Geneva talks',
    date: '2026-02-01',
    datePrecision: 'month',
    venueIds: ['geneva'],
    mediators: ['United States'],
    summary: 'Talks in Geneva last month.',
    evidence: [
      {
        sourceId: 'src-geneva',
        excerpt: 'agreed during talks in Geneva last month',
        supports: ['status', 'venue:geneva'],
      },
    ],
  }),
  ev({
    id: 'deal-geneva',
    type: 'agreement',
    status: 'confirmed',
    title: 'Geneva agreement: 500 for 500',
    date: '2026-02-01',
    datePrecision: 'month',
    talksId: 'talks-geneva',
    toUkraine: { total: 500 },
    toRussia: { total: 500 },
    summary: 'A total of 500 each, in two stages.',
    evidence: [
      {
        sourceId: 'src-geneva',
        excerpt: 'a total of 500 POWs freed by each side',
        supports: ['toUkraine', 'toRussia', 'talksId'],
      },
    ],
  }),
  ev({
    id: 'stage-1',
    type: 'exchange',
    status: 'confirmed',
    title: 'Geneva deal, stage 1: 200 for 200',
    date: '2026-03-05',
    venueIds: ['belarus'],
    mediators: ['United States'],
    agreementId: 'deal-geneva',
    stage: 1,
    toUkraine: { total: 200, soldiers: 180, civilians: 20 },
    toRussia: { total: 200, soldiers: 200 },
    summary: 'Ukraine and Russia freed 200 prisoners each.',
    evidence: [
      {
        sourceId: 'src-geneva',
        excerpt: 'Ukraine and Russia have freed 200 prisoners of war each',
        supports: ['status', 'toUkraine', 'toRussia'],
      },
      {
        sourceId: 'src-geneva',
        excerpt: 'taken to Belarus after the exchange',
        supports: ['venue:belarus'],
      },
    ],
  }),
  ev({
    id: 'istanbul-swap',
    type: 'exchange',
    status: 'confirmed',
    title: 'An Istanbul-era swap',
    date: '2025-05-12',
    datePrecision: 'week',
    talksId: 'talks-istanbul',
    summary: 'A swap of unreported size.',
    evidence: [
      {
        sourceId: 'src-istanbul',
        excerpt: 'prisoners were exchanged last week',
        supports: ['status', 'talksId'],
      },
    ],
    inferred: [
      { field: 'date', basis: 'inferred', reasoning: '"Last week" in an article of 23 May 2025.' },
    ],
  }),
  ev({
    id: 'talks-istanbul',
    type: 'talks',
    status: 'confirmed',
    title: 'Istanbul talks',
    date: '2025-05-12',
    datePrecision: 'week',
    venueIds: ['istanbul'],
    summary: 'Direct talks.',
    evidence: [
      { sourceId: 'src-istanbul', excerpt: 'the first direct talks', supports: ['status'] },
    ],
    inferred: [
      {
        field: 'venue:istanbul',
        basis: 'inferred',
        reasoning: 'The first direct talks were held in Istanbul (public record).',
      },
    ],
  }),
];

function renderView(
  data: { events: EventRecord[]; venues: Venue[]; sources: Source[] } = { events, venues, sources },
) {
  renderWithData(<EventsView />, data);
  return screen.getByRole('region', { name: 'Exchanges' });
}

const rowsOf = (region: HTMLElement) =>
  within(
    within(region).getByRole('list', { name: /^Events, (latest|earliest) first$/ }),
  ).getAllByRole('listitem');
const titlesOf = (region: HTMLElement) =>
  rowsOf(region).map((li) => within(li).getByRole('button').textContent);

beforeEach(() => resetStore());

describe('EventsView list', () => {
  it('lists every event in date order with its facts', () => {
    const region = renderView();
    // The latest first; on the same day the index breaks the tie by id, here reversed.
    const earliestFirst = [
      'An Istanbul-era swap',
      'Istanbul talks',
      'Geneva agreement: 500 for 500',
      'Geneva talks',
      'Geneva deal, stage 1: 200 for 200',
      'Geneva deal, stage 2: 300 for 300',
    ];
    expect(titlesOf(region)).toEqual(earliestFirst.toReversed());
    expect(within(region).getByText('6 events')).toHaveAttribute('role', 'status');
    act(() => useAppStore.getState().setListOrder('oldest'));
    expect(titlesOf(region)).toEqual(earliestFirst);

    const [swap, talks, deal, , stage1, stage2] = rowsOf(region);
    expect(talks).toHaveTextContent('week of 12 May 2025');
    expect(talks).toHaveTextContent('Talks');
    expect(talks).toHaveTextContent('Istanbul');
    expect(swap).toHaveTextContent('≈ week of 12 May 2025 (inferred)');
    expect(swap).toHaveTextContent('size not reported');
    expect(swap).toHaveTextContent('agreed at Istanbul');
    expect(deal).toHaveTextContent('Feb 2026');
    expect(deal).toHaveTextContent('agreed: 500 to Ukraine · 500 to Russia');
    expect(stage1).toHaveTextContent(
      '200 (180 soldiers, 20 civilians) to Ukraine · 200 soldiers to Russia',
    );
    expect(stage1).toHaveTextContent('Belarus border');
    expect(stage1).toHaveTextContent('Confirmed');
    expect(stage2).toHaveTextContent('Expected');
    expect(stage2).toHaveTextContent('≈ 6 Mar 2026');
  });

  it('says how the exchanges split into people and bodies, as the headline counts people only', async () => {
    const user = userEvent.setup();
    const bodies = makeEvent('bodies-handover', {
      returnKind: 'bodies',
      date: '2025-06-11',
      toUkraine: { total: 1212 },
      evidence: [{ sourceId: 'src-geneva', excerpt: 'words', supports: ['status'] }],
    });
    const region = renderView({ events: [...events, bodies], venues, sources });
    // The badge is a word of its own, for a screen reader and a copied row.
    const bodiesRow = rowsOf(region).find((li) => li.textContent?.includes('bodies-handover'));
    expect(bodiesRow?.querySelector('.event-row__counts')?.textContent).toMatch(/\S Bodies$/);
    expect(within(region).getByRole('status')).toHaveTextContent(
      '7 events (exchanges: 2 of people, 1 of bodies, 1 announced)',
    );
    await user.click(within(region).getByRole('button', { name: /^Exchanges/ }));
    expect(within(region).getByRole('status')).toHaveTextContent(
      '4 exchanges of 7 events (exchanges: 2 of people, 1 of bodies, 1 announced)',
    );
    await user.click(within(region).getByRole('button', { name: /^Talks/ }));
    expect(within(region).getByRole('status')).toHaveTextContent(/^2 talks rounds of 7 events$/);
  });

  it('filters by type with chips and says how many are shown', async () => {
    const user = userEvent.setup();
    const region = renderView();
    await user.click(within(region).getByRole('button', { name: /^Exchanges/ }));
    expect(titlesOf(region)).toEqual([
      'Geneva deal, stage 2: 300 for 300',
      'Geneva deal, stage 1: 200 for 200',
      'An Istanbul-era swap',
    ]);
    expect(within(region).getByRole('button', { name: /^Exchanges/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(region).getByText('3 exchanges of 6 events')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: /^Agreements/ }));
    expect(titlesOf(region)).toEqual(['Geneva agreement: 500 for 500']);
    await user.click(within(region).getByRole('button', { name: /^All/ }));
    expect(rowsOf(region)).toHaveLength(6);
  });

  it('follows the date range and venue in the store', () => {
    const region = renderView();
    act(() => useAppStore.getState().setRange('2026-01-01', null));
    expect(titlesOf(region)).not.toContain('Istanbul talks');
    expect(rowsOf(region)).toHaveLength(4);
    expect(within(region).getByText('4 events')).toBeInTheDocument();

    act(() => useAppStore.getState().setRange('2026-02-28', '2026-02-28'));
    expect(titlesOf(region)).toEqual(['Geneva talks', 'Geneva agreement: 500 for 500']);

    act(() => {
      useAppStore.getState().resetRange();
      useAppStore.getState().selectVenue('istanbul');
    });
    expect(titlesOf(region)).toEqual(['Istanbul talks', 'An Istanbul-era swap']);
    expect(within(region).getByText('2 events tied to Istanbul')).toBeInTheDocument();

    act(() => useAppStore.getState().setRange('2027-01-01', null));
    expect(within(region).getByText('No events in the current filter.')).toBeInTheDocument();
  });
});

describe('EventsView detail', () => {
  it('selects a row and shows its figures with evidence and sources', async () => {
    const user = userEvent.setup();
    const region = renderView();
    const button = within(region).getByRole('button', {
      name: 'Geneva deal, stage 1: 200 for 200',
    });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);

    expect(useAppStore.getState().event).toBe('stage-1');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    const detail = within(region).getByRole('article', {
      name: 'Geneva deal, stage 1: 200 for 200',
    });
    expect(within(detail).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(detail).toHaveTextContent('Ukraine and Russia freed 200 prisoners each.');
    expect(detail).toHaveTextContent('200 (180 soldiers, 20 civilians) to Ukraine');
    expect(detail).toHaveTextContent('Mediators');
    expect(detail).toHaveTextContent('United States');

    const quote = within(detail).getAllByText(
      'Ukraine and Russia have freed 200 prisoners of war each',
    )[0];
    expect(quote?.tagName).toBe('BLOCKQUOTE');
    // One report backs the status and both figures: quoted once, pointed back to after.
    expect(
      within(detail).getAllByText('Ukraine and Russia have freed 200 prisoners of war each'),
    ).toHaveLength(1);
    expect(within(detail).getByRole('list', { name: 'Evidence: Status' })).toHaveTextContent(
      'Ukraine and Russia have freed 200 prisoners of war each',
    );
    expect(detail).toHaveTextContent('Also backed by the Example Wire report listed under Status.');
    const placeEvidence = within(detail).getByRole('list', { name: 'Evidence: Place' });
    expect(placeEvidence).toHaveTextContent('taken to Belarus after the exchange');
    const link = within(placeEvidence).getByRole('link', {
      name: 'Ukraine and Russia swap 200 prisoners each',
    });
    expect(link).toHaveAttribute('href', 'https://news.example/geneva');
    expect(placeEvidence).toHaveTextContent('Example Wire · via EFE · 5 Mar 2026');
  });

  it('places an exchange in its deal and moves along it', async () => {
    const user = userEvent.setup();
    const region = renderView();
    await user.click(
      within(region).getByRole('button', { name: 'Geneva deal, stage 1: 200 for 200' }),
    );
    const deal = within(region).getByRole('region', { name: 'Deal' });
    expect(deal).toHaveTextContent(
      'Stage 1 of Geneva agreement: 500 for 500, an agreement to exchange 500 each; stages so far: 200 confirmed, 300 expected.',
    );

    await user.click(within(deal).getByRole('button', { name: 'Geneva agreement: 500 for 500' }));
    expect(useAppStore.getState().event).toBe('deal-geneva');
    const stages = within(region).getByRole('list', { name: 'Stages' });
    expect(
      within(stages)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Geneva deal, stage 1: 200 for 200', 'Geneva deal, stage 2: 300 for 300']);
    expect(within(region).getByRole('region', { name: 'Deal' })).toHaveTextContent(
      'Agreed at Geneva talks.',
    );

    const dealOfAgreement = within(region).getByRole('region', { name: 'Deal' });
    await user.click(within(dealOfAgreement).getByRole('button', { name: 'Geneva talks' }));
    expect(useAppStore.getState().event).toBe('talks-geneva');
    const reached = within(region).getByRole('list', { name: 'Agreements reached' });
    expect(within(reached).getByRole('button')).toHaveTextContent('Geneva agreement: 500 for 500');
  });

  it('marks inferred facts with their reasoning and does not link unsafe URLs', async () => {
    const user = userEvent.setup();
    const region = renderView();
    await user.click(within(region).getByRole('button', { name: 'Istanbul talks' }));
    const detail = within(region).getByRole('article', { name: 'Istanbul talks' });
    expect(detail).toHaveTextContent('week of 12 May 2025 (only the week is known)');
    expect(detail).toHaveTextContent(
      'inferred The first direct talks were held in Istanbul (public record).',
    );
    expect(within(detail).getByText('the first direct talks').tagName).toBe('BLOCKQUOTE');
    // Untitled: our own label, flagged so nobody cites it as the article's headline.
    expect(detail).toHaveTextContent(
      'Istanbul article (undated) (our description, not its headline)',
    );
    expect(detail).toHaveTextContent('undated');
    expect(within(detail).queryByRole('link')).toBeNull();
    expect(within(region).getByRole('region', { name: 'Deal' })).toHaveTextContent(
      'No agreement from these talks is recorded.',
    );

    const linked = within(region).getByRole('list', { name: 'Also linked to these talks' });
    await user.click(within(linked).getByRole('button', { name: 'An Istanbul-era swap' }));
    const swap = within(region).getByRole('article', { name: 'An Istanbul-era swap' });
    expect(swap).toHaveTextContent('inferred "Last week" in an article of 23 May 2025.');
    expect(swap).toHaveTextContent('to Ukraine: not reported');
  });

  it('keeps showing a selected event outside the filter, and says so', () => {
    resetStore('?event=istanbul-swap&from=2026-01-01');
    const region = renderView();
    expect(titlesOf(region)).not.toContain('An Istanbul-era swap');
    const detail = within(region).getByRole('article', { name: 'An Istanbul-era swap' });
    expect(detail).toHaveTextContent('outside the current date range or place filter');
  });

  it('closes the detail, and unselects when the pressed row is pressed again', async () => {
    const user = userEvent.setup();
    const region = renderView();
    const row = within(region).getByRole('button', { name: 'Geneva talks' });
    await user.click(row);
    await user.click(within(region).getByRole('button', { name: 'Close' }));
    expect(useAppStore.getState().event).toBeNull();
    expect(within(region).queryByRole('article')).toBeNull();
    expect(row).toHaveFocus();

    await user.click(row);
    await user.click(row);
    expect(useAppStore.getState().event).toBeNull();
  });

  it('says politely when the selected id is not in the data', async () => {
    const user = userEvent.setup();
    resetStore('?event=no-such-event');
    const region = renderView();
    expect(within(region).getByText(/“no-such-event” is not in the data/)).toBeInTheDocument();
    expect(rowsOf(region)).toHaveLength(6);
    await user.click(within(region).getByRole('button', { name: 'Close' }));
    expect(useAppStore.getState().event).toBeNull();
  });
});
