import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { publicDataset, renderWithData } from '../render-with-data';
import type { Dataset, EventRecord, Person, Quote, Source } from '../../../src/data/schemas';
import { QuotesView } from '../../../src/features/quotes/quotes-view';
import { resetStore, useAppStore } from '../../../src/state/store';
import { makeQuote } from '../../fixtures/make-quote';
import { renderQuotes as renderFrom } from './render-quotes';

const person = (
  id: string,
  name: string,
  side: Person['side'],
  aliases: string[] = [],
): Person => ({
  id,
  name,
  aliases,
  role: `Role of ${name}`,
  side,
});
const source = (id: string, title: string | null, url: string | null): Source => ({
  id,
  file: `${id}.txt`,
  title,
  label: `Label of ${id}`,
  publisher: null,
  agencies: [],
  publishedDate: '2026-03-05',
  url,
});
const event: EventRecord = {
  id: 'swap-1',
  type: 'exchange',
  status: 'confirmed',
  title: 'The first swap',
  date: '2026-03-05',
  datePrecision: 'day',
  venueIds: [],
  mediators: [],
  summary: 'A swap.',
  evidence: [{ sourceId: 'src-a', excerpt: 'swapped', supports: ['date'] }],
  inferred: [],
};
const quote = (id: string, text: string, speakerId: string, over: Partial<Quote> = {}): Quote =>
  makeQuote(id, { text, speakerId, ...over });

const hostile = '<img src=x onerror=alert(1)>';
const fixture: Dataset = {
  mediators: [],
  tallies: [],
  people: [
    person('volodymyr-zelensky', 'Volodymyr Zelensky', 'ukraine', ['Zelenskyy', 'Zelenskiy']),
    person('dmitry-peskov', 'Dmitry Peskov', 'russia', ['Peskov']),
    person('steve-witkoff', 'Steve Witkoff', 'united-states'),
  ],
  sources: [
    source('src-a', 'Swap of 200 for 200', 'https://example.org/swap'),
    source('src-b', null, 'javascript:alert(1)'),
  ],
  venues: [],
  events: [event],
  quotes: [
    quote('z-families', 'Two hundred families received the message', 'volodymyr-zelensky', {
      eventId: 'swap-1',
      context: 'Zelenskyy said in a post.',
    }),
    quote('z-variant', 'Families received the long-awaited message', 'volodymyr-zelensky', {
      date: '2026-03-06',
      sourceId: 'src-b',
      variantOf: 'z-families',
    }),
    quote('p-words', 'Zelenskiy is not legitimate', 'dmitry-peskov', { date: '2025-02-05' }),
    quote('p-hostile', hostile, 'dmitry-peskov', { date: '2025-02-04', sourceId: 'src-b' }),
    quote('w-results', 'tangible results', 'steve-witkoff', {
      date: '2026-01-01',
      datePrecision: 'month',
      partial: true,
      inferred: [
        { field: 'date', basis: 'inferred', reasoning: 'The article was published then.' },
      ],
    }),
  ],
};

const renderQuotes = (data: Dataset = fixture) => renderFrom(data);

const cards = (region: HTMLElement) => within(region).queryAllByRole('article');
const quoteTexts = (region: HTMLElement) =>
  cards(region).map((c) => c.querySelector('blockquote')?.textContent?.replace(/…/g, ''));

beforeEach(() => resetStore());

describe('QuotesView', () => {
  it('lists every statement newest first, with other wordings under the newest one', () => {
    const { region } = renderQuotes();
    expect(within(region).getByRole('status')).toHaveTextContent('5 of 5 quotes');
    expect(quoteTexts(region)).toEqual([
      'Families received the long-awaited message',
      'tangible results',
      'Zelenskiy is not legitimate',
      hostile,
    ]);
    const first = cards(region)[0];
    if (!first) throw new Error('no card');
    expect(within(first).getByText('Also reported as:')).toBeVisible();
    const variant = within(first).getByRole('listitem');
    expect(variant).toHaveTextContent('Two hundred families received the message');
    expect(within(variant).getByRole('link', { name: 'Swap of 200 for 200' })).toBeVisible();
  });

  it('searches as the user types, every spelling of a name, with <mark> highlights', async () => {
    const { user, region } = renderQuotes();
    const box = within(region).getByLabelText('Search quotes');
    await user.type(box, 'Zelensky');
    expect(box).toHaveValue('Zelensky');
    expect(useAppStore.getState().q).toBe('Zelensky');
    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent('3 of 5 quotes'),
    );
    expect(quoteTexts(region)).toEqual([
      'Families received the long-awaited message',
      'Zelenskiy is not legitimate',
    ]);
    const marks = [...region.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(['Zelenskiy', 'Zelenskyy', 'Zelensky']));

    await user.clear(box);
    await user.type(box, 'famil');
    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent('2 of 5 quotes'),
    );
    expect([...region.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Families',
      'families',
    ]);
  });

  it('says which filters match nothing and clears them', async () => {
    const { user, region } = renderQuotes();
    await user.selectOptions(within(region).getByLabelText('Side'), 'Russia');
    await user.type(within(region).getByLabelText('Search quotes'), 'xqzvbnmw');
    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent('0 of 5 quotes'),
    );
    expect(cards(region)).toEqual([]);
    expect(within(region).getByText(/No quotes match/)).toHaveTextContent(
      'No quotes match “xqzvbnmw” and side Russia.',
    );
    await user.click(within(region).getByRole('button', { name: 'Clear quote filters' }));
    expect(useAppStore.getState()).toMatchObject({ q: '', side: null, speaker: null });
    await waitFor(() => expect(cards(region)).toHaveLength(4));
  });

  it('filters by speaker, listing speakers with their counts', async () => {
    const { user, region } = renderQuotes();
    const select = within(region).getByLabelText('Speaker');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'All speakers',
      'Dmitry Peskov (2)',
      'Volodymyr Zelensky (2)',
      'Steve Witkoff (1)',
    ]);
    await user.selectOptions(select, 'Dmitry Peskov (2)');
    expect(useAppStore.getState().speaker).toBe('dmitry-peskov');
    expect(within(region).getByRole('status')).toHaveTextContent('2 of 5 quotes');
    for (const card of cards(region)) expect(within(card).getByText('Dmitry Peskov')).toBeVisible();
  });

  it('lists the speakers the sources do not name apart from the named ones', () => {
    const data = publicDataset();
    renderWithData(<QuotesView />, data);
    const select = screen.getByLabelText('Speaker');
    const group = select.querySelector('optgroup[label="Not named by the sources"]');
    const apart = [...(group?.querySelectorAll('option') ?? [])].map((o) => o.value);
    const unnamed = data.people.filter((p) => p.unnamed === true).map((p) => p.id);
    expect(apart.length).toBeGreaterThan(0);
    expect(apart.every((id) => unnamed.includes(id))).toBe(true);
    expect(apart).toContain('moscow');
    const named = [...select.querySelectorAll(':scope > option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(named.some((id) => id !== null && unnamed.includes(id))).toBe(false);
  });

  it('filters by side and sorts oldest first', async () => {
    const { user, region } = renderQuotes();
    await user.selectOptions(within(region).getByLabelText('Side'), 'United States');
    expect(useAppStore.getState().side).toBe('united-states');
    expect(quoteTexts(region)).toEqual(['tangible results']);
    await user.selectOptions(within(region).getByLabelText('Side'), 'All sides');
    await user.selectOptions(within(region).getByLabelText('Sort'), 'Oldest first');
    expect(useAppStore.getState().sort).toBe('oldest');
    expect(quoteTexts(region)[0]).toBe(hostile);
  });

  it('renders hostile text as inert, visible text', () => {
    const { region } = renderQuotes();
    expect(document.querySelector('img')).toBeNull();
    expect(within(region).getByText(hostile)).toBeVisible();
  });

  it('keeps right-to-left and zero-width characters as text, isolated from the page direction', () => {
    const tricky = `\u202Eevil\u200B\u200D שלום ${'x'.repeat(300)}`;
    const { region } = renderQuotes({
      ...fixture,
      quotes: [quote('tricky', tricky, 'dmitry-peskov')],
    });
    const paragraph = region.querySelector('blockquote p');
    expect(paragraph?.textContent).toBe(tricky);
    expect(paragraph).toHaveAttribute('dir', 'auto');
  });

  it('shows speaker, side, dates at their precision, partial quotes and safe source links', () => {
    const { region } = renderQuotes();
    const [zel, witkoff, , hostileCard] = cards(region);
    if (!zel || !witkoff || !hostileCard) throw new Error('missing cards');
    expect(zel).toHaveAccessibleName('Quote by Volodymyr Zelensky, 6 Mar 2026');
    expect(within(zel).getByText('Role of Volodymyr Zelensky')).toBeVisible();
    expect(within(zel).getByText('Ukraine')).toBeVisible();
    expect(within(zel).getByRole('link', { name: 'Swap of 200 for 200' })).toHaveAttribute(
      'href',
      'https://example.org/swap',
    );
    // A headline we recorded is cited as it is; only our own descriptions are flagged.
    const titled = within(zel).getByRole('link', { name: 'Swap of 200 for 200' }).parentElement;
    expect(titled).not.toHaveTextContent('our description');
    expect(hostileCard).toHaveTextContent('Label of src-b (our description, not its headline)');
    expect(within(witkoff).getByText('partial quote')).toBeVisible();
    expect(within(witkoff).getByText('Jan 2026')).toBeVisible();
    expect(within(witkoff).getByText('date inferred')).toBeVisible();
    expect(within(witkoff).getByText('United States')).toBeVisible();
    // A javascript: URL is never a link: the source is named as plain text.
    expect(within(hostileCard).getByText('Label of src-b')).toBeVisible();
    expect(within(hostileCard).queryByRole('link')).toBeNull();
  });
});

describe('QuotesView data states', () => {
  it('says it is loading, then names the file that failed', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response('nope', { status: 404 })));
    vi.stubGlobal('fetch', fetchMock);
    renderWithData(<QuotesView />, {
      people: fixture.people,
      sources: fixture.sources,
      events: fixture.events,
    });
    expect(screen.getByRole('status')).toHaveTextContent('Loading quotes…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Quotes: quotes.json could not be used.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    vi.unstubAllGlobals();
  });
});
