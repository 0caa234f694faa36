import { waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset, EventRecord, Person, Quote } from '../../../src/data/schemas';
import { resetStore, useAppStore } from '../../../src/state/store';
import { parseUrlState } from '../../../src/state/url-codec';
import { makeEvent } from '../../fixtures/make-event';
import { makeQuote } from '../../fixtures/make-quote';
import { renderQuotes as renderFrom } from './render-quotes';

const speaker: Person = {
  id: 'anna',
  name: 'Anna Sample',
  aliases: [],
  role: 'Envoy',
  side: 'other',
};
const event = (id: string, title: string, over: Partial<EventRecord> = {}): EventRecord =>
  makeEvent(id, {
    title,
    date: '2026-03-05',
    summary: 'An event.',
    evidence: [{ sourceId: 'src-a', excerpt: 'it happened', supports: ['date'] }],
    ...over,
  });
const quote = (id: string, day: number, eventId: string | null = null): Quote =>
  makeQuote(id, {
    text: `Statement number ${id}`,
    date: `2026-01-${String(day).padStart(2, '0')}`,
    eventId,
  });

function dataset(quotes: Quote[]): Dataset {
  return {
    mediators: [],
    tallies: [],
    people: [speaker],
    sources: [
      {
        id: 'src-a',
        file: 'a.txt',
        title: 'Article A',
        label: 'A',
        publisher: null,
        agencies: [],
        publishedDate: null,
        url: null,
      },
    ],
    venues: [],
    events: [
      event('talks-1', 'The talks', { type: 'talks' }),
      event('swap-1', 'The swap', { talksId: 'talks-1' }),
      event('swap-2', 'Another swap'),
    ],
    quotes,
  };
}
const small = dataset([
  quote('q-talks', 3, 'talks-1'),
  quote('q-swap', 2, 'swap-1'),
  quote('q-other', 1, 'swap-2'),
]);

const renderQuotes = (data: Dataset = small) => renderFrom(data);

// Plain DOM queries here: role queries over a hundred cards are slow in jsdom.
const articles = (region: HTMLElement) => [...region.querySelectorAll('article')];
const showMore = (region: HTMLElement) =>
  within(region).queryByText('Show more quotes', { selector: 'button' });

function card(region: HTMLElement, id: string): HTMLElement {
  const found = articles(region).find((a) => within(a).queryByText(`Statement number ${id}`));
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
}

beforeEach(() => resetStore());

describe('the event button', () => {
  it('selects the event across the dashboard and narrows the quotes to its family', async () => {
    const { user, region } = renderQuotes();
    const button = within(card(region, 'q-talks')).getByRole('button', { name: 'The talks' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(useAppStore.getState().event).toBe('talks-1');
    // The talks and the swap agreed there stay; the unrelated swap goes.
    expect(within(region).getByRole('status')).toHaveTextContent('2 of 3 quotes');
    expect(
      within(card(region, 'q-talks')).getByRole('button', { name: 'The talks' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(card(region, 'q-talks')).getByRole('button', { name: 'The talks' }));
    expect(useAppStore.getState().event).toBeNull();
  });
});

describe('the article’s words around a quote', () => {
  it('are shown around the quote, only where the record has them', async () => {
    const introduced = makeQuote('q-context', {
      text: 'Statement number q-context',
      date: '2026-01-04',
      context: 'the envoy said after the talks',
    });
    const { region } = renderQuotes(dataset([introduced, quote('q-bare', 2)]));
    await waitFor(() => expect(articles(region)).toHaveLength(2));
    expect(card(region, 'q-context')).toHaveTextContent(
      'Around it in the article: “the envoy said after the talks”',
    );
    expect(card(region, 'q-bare')).not.toHaveTextContent('Around it in the article');
  });
});

describe('Copy link', () => {
  afterEach(() => setClipboard(undefined));

  it('copies the dashboard URL with the quote in view and says so', async () => {
    const { user, region } = renderQuotes();
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard({ writeText });
    useAppStore.getState().setSide('other');
    await user.click(within(card(region, 'q-swap')).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = new URL(String(writeText.mock.calls.at(0)?.at(0)));
    expect(url.origin).toBe(window.location.origin);
    expect(parseUrlState(url.search).state).toMatchObject({
      quote: 'q-swap',
      side: 'other',
      embed: null,
    });
    expect(within(card(region, 'q-swap')).getByText('Link copied')).toBeVisible();
    expect(useAppStore.getState().quote).toBeNull();
  });

  it('shows the link selected in a text field where there is no clipboard', async () => {
    const { user, region } = renderQuotes();
    setClipboard(undefined);
    await user.click(within(card(region, 'q-talks')).getByRole('button', { name: 'Copy link' }));
    const input = within(card(region, 'q-talks')).getByRole('textbox');
    if (!(input instanceof HTMLInputElement)) throw new Error('not an input');
    expect(input).toHaveAttribute('readonly');
    expect(parseUrlState(new URL(input.value).search).state.quote).toBe('q-talks');
    await waitFor(() => expect(input).toHaveFocus());
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
    expect(within(region).queryByText('Link copied')).toBeNull();
  });

  it('falls back to the text field when the clipboard refuses', async () => {
    const { user, region } = renderQuotes();
    setClipboard({ writeText: () => Promise.reject(new Error('denied')) });
    await user.click(within(card(region, 'q-other')).getByRole('button', { name: 'Copy link' }));
    expect(await within(card(region, 'q-other')).findByRole('textbox')).toBeVisible();
    expect(within(region).queryByText('Link copied')).toBeNull();
  });
});

describe('a linked quote and long lists', () => {
  const many = dataset(Array.from({ length: 120 }, (_, i) => quote(`q-${i}`, (i % 28) + 1)));
  const scrollIntoView = vi.fn();
  beforeEach(() => {
    scrollIntoView.mockClear();
    Object.defineProperty(Element.prototype, 'scrollIntoView', {
      value: scrollIntoView,
      configurable: true,
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });

  // A hundred cards take a while to render in jsdom on a busy machine.
  const slow = { timeout: 20_000 };

  it('renders 12 statements at first, then 50 more at a time', slow, async () => {
    const { user, region } = renderQuotes(many);
    expect(articles(region)).toHaveLength(12);
    await user.click(showMore(region) ?? region);
    expect(articles(region)).toHaveLength(62);
    await user.click(showMore(region) ?? region);
    expect(articles(region)).toHaveLength(112);
    await user.click(showMore(region) ?? region);
    expect(articles(region)).toHaveLength(120);
    expect(showMore(region)).toBeNull();
  });

  it(
    'renders, marks and scrolls to the linked quote once, even beyond the first page',
    slow,
    async () => {
      // Oldest first puts q-0 … q-27 (days 1…28) ahead; a late day-28 quote sorts far beyond the first page.
      resetStore('?quote=q-111&sort=oldest');
      const { user, region } = renderQuotes(many);
      const linked = card(region, 'q-111');
      expect(linked).toHaveAttribute('aria-current', 'true');
      expect(within(linked).getByText('Linked quote')).toBeVisible();
      expect(articles(region)).toHaveLength(13);
      expect(scrollIntoView).toHaveBeenCalledTimes(1);
      expect(scrollIntoView.mock.contexts[0]).toBe(linked);
      await user.click(showMore(region) ?? region);
      await user.click(showMore(region) ?? region);
      await user.click(showMore(region) ?? region);
      expect(articles(region)).toHaveLength(120);
      expect(card(region, 'q-111')).toHaveAttribute('aria-current', 'true');
      expect(scrollIntoView).toHaveBeenCalledTimes(1);
    },
  );

  it('still shows a linked quote the filters hide', () => {
    resetStore('?quote=q-talks&event=swap-2');
    const { region } = renderQuotes();
    expect(within(region).getByText(/outside the current filters/)).toBeVisible();
    expect(card(region, 'q-talks')).toHaveAttribute('aria-current', 'true');
  });
});
