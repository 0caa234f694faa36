import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { SummaryFigures } from '../../../src/features/summary/summary-figures';
import { resetStore, useAppStore } from '../../../src/state/store';
import { publicDataset, renderWithData } from '../render-with-data';

beforeEach(() => resetStore(''));

function figure(label: string) {
  return screen.getByText(label, { selector: 'dt' }).parentElement!;
}

describe('summary figures', () => {
  it('shows confirmed people per side, never bodies, and follows the range', async () => {
    const data = publicDataset();
    renderWithData(<SummaryFigures />, data);
    const people = (year: string | null, side: 'toUkraine' | 'toRussia') =>
      data.events
        .filter(
          (e) =>
            e.type === 'exchange' &&
            e.status === 'confirmed' &&
            e.returnKind !== 'bodies' &&
            (year === null || e.date.startsWith(year)),
        )
        .reduce((n, e) => n + (e[side]?.total ?? 0), 0)
        .toLocaleString('en-GB');
    expect(figure('Returned to Ukraine')).toHaveTextContent(`${people(null, 'toUkraine')} people`);
    expect(figure('Returned to Russia')).toHaveTextContent(`${people(null, 'toRussia')} people`);
    expect(figure('Quotes shown')).toHaveTextContent(String(data.quotes.length));
    expect(screen.queryByText('Bodies repatriated')).toBeNull();
    // Beside our sum, the latest official statement; who stated it, the gap and the coverage of
    // Kyiv's numbering one tap away.
    const why = screen.getByText(/^officially /);
    expect(figure('Returned to Ukraine')).toContainElement(why);
    expect(why).toHaveTextContent(/^officially (more than )?[\d,]+ by \d{1,2} \w{3} \d{4}$/);
    await userEvent.click(why);
    expect(screen.getByText(/Officially stated by/)).toHaveTextContent(
      /people returned to Ukraine since February 2022 \(.+\)\./,
    );
    expect(screen.getByText(/Officially stated by/)).toHaveTextContent(
      /Each body counts in its own way; the latest each stated by then: Coordination HQ [\d,]+ \(\d{1,2} \w{3} \d{4}\) · Ombudsman /,
    );
    expect(
      screen.getByText(/exchanges in Kyiv's official numbering are identified here/),
    ).toBeVisible();
    // Counts of one read in the singular (2026 holds a single one-way release).
    act(() => useAppStore.getState().setRange('2026-01-01', '2026-12-31'));
    const releases2026 = data.events.filter(
      (e) =>
        e.type === 'exchange' &&
        e.status === 'confirmed' &&
        e.returnKind === 'release' &&
        e.date.startsWith('2026'),
    ).length;
    expect(releases2026).toBe(1);
    expect(figure('Exchanges of people')).toHaveTextContent(/, 1 one-way release(;|$)/);
    // The detail's parts add up to the figure: swaps and releases of people, bodies apart.
    const swaps2026 = data.events.filter(
      (e) =>
        e.type === 'exchange' &&
        e.status === 'confirmed' &&
        (e.returnKind ?? 'swap') === 'swap' &&
        e.date.startsWith('2026'),
    ).length;
    expect(figure('Exchanges of people')).toHaveTextContent(
      `${swaps2026 + 1}confirmed: ${swaps2026} swaps, 1 one-way release`,
    );
    act(() => useAppStore.getState().setRange('2024-01-01', '2024-12-31'));
    expect(figure('Returned to Ukraine')).toHaveTextContent(
      `${people('2024', 'toUkraine')} people`,
    );
    act(() => useAppStore.getState().setBodies(true));
    expect(figure('Bodies repatriated')).toHaveTextContent(/not counted above/);
  });
});

describe('summary figures of a partly broken file', () => {
  it('adds up the valid events and says plainly that one was left out', async () => {
    const data = publicDataset();
    const geneva = data.events.findIndex((e) => e.id === 'exchange-2026-03-05-geneva-stage-1');
    // The Geneva stage-1 exchange fails its schema: the totals lose its figures.
    const events = data.events.map((e, i) =>
      i === geneva ? { ...e, toUkraine: { total: 'lots' } } : e,
    );
    const sum = (side: 'toUkraine' | 'toRussia', skip: number) =>
      data.events
        .filter(
          (e, i) =>
            i !== skip &&
            e.type === 'exchange' &&
            e.status === 'confirmed' &&
            e.returnKind !== 'bodies',
        )
        .reduce((n, e) => n + (e[side]?.total ?? 0), 0)
        .toLocaleString('en-GB');
    renderWithData(<SummaryFigures />, data, { events });
    expect(figure('Returned to Ukraine')).toHaveTextContent(`${sum('toUkraine', geneva)} people`);
    expect(figure('Returned to Russia')).toHaveTextContent(`${sum('toRussia', geneva)} people`);
    expect(screen.getByText(/Incomplete: 1 record left out/)).toBeVisible();
    act(() => useAppStore.getState().setRange('2025-01-01', '2025-12-31'));
    expect(screen.getByText(/Incomplete: 1 record left out/)).toBeVisible();
  });
});

/** The line that says what the figures are filtered to. */
const figuresLine = () =>
  screen.getByText((_, el) => el?.matches('p.filter-line:not(.filter-line--quotes)') ?? false);

describe('the official figure of a period', () => {
  it('names whose count it is, and sets each body’s latest beside it', async () => {
    // The Geneva round: the latest statement by its last day is the Ombudsman's, a thousand below
    // the headquarters' figure five days later.
    resetStore('?from=2026-02-01&to=2026-03-06');
    renderWithData(<SummaryFigures />);
    const line = screen.getByText(/^Officially stated: /);
    expect(line).toHaveTextContent(
      'Officially stated: 6,922 returned to Ukraine since February 2022, by 6 Mar 2026 (Ombudsman)',
    );
    await userEvent.click(line);
    expect(screen.getByText(/Officially stated by/)).toHaveTextContent(
      'the latest each stated by then: Coordination HQ 5,757 (25 May 2025) · Ombudsman 6,922 (6 Mar 2026) · President’s Office more than 7,000 (2 Oct 2025) · other officials',
    );
  });
});

describe('what the figures are filtered to', () => {
  it('names the period, place and mediator beside the figures, each with a clear button', async () => {
    resetStore('?from=2026-01-01&to=2026-12-31&venue=geneva&mediator=united-states');
    const { user } = renderWithData(<SummaryFigures />);
    const line = screen.getByText(/^Figures for/);
    expect(line).toHaveTextContent('1 Jan 2026 – 31 Dec 2026');
    expect(line).toHaveTextContent('place: Geneva');
    expect(line).toHaveTextContent('mediator: United States');
    await user.click(screen.getByRole('button', { name: 'Clear Geneva' }));
    expect(useAppStore.getState().venue).toBeNull();
    expect(screen.getByText(/^Figures for/)).not.toHaveTextContent('Geneva');
    await user.click(screen.getByRole('button', { name: 'Clear the dates' }));
    await user.click(screen.getByRole('button', { name: 'Clear United States' }));
    expect(screen.getByText('Figures for the whole record since February 2022.')).toBeVisible();
  });

  it('names a quote search and filters at the top, though the figures do not depend on them', async () => {
    resetStore('?q=%20azovstal%20&speaker=volodymyr-zelensky&side=ukraine');
    const { user } = renderWithData(<SummaryFigures />);
    expect(screen.getByText('Figures for the whole record since February 2022.')).toBeVisible();
    const line = screen.getByText(/^Quotes filtered/);
    expect(line).toHaveTextContent(
      'Quotes filtered: “azovstal” · speaker: Volodymyr Zelensky · side: Ukraine · show them',
    );
    expect(screen.getByRole('link', { name: 'show them' })).toHaveAttribute('href', '#quotes');
    await user.click(screen.getByRole('button', { name: 'Clear the quote search and filters' }));
    expect(useAppStore.getState()).toMatchObject({ q: '', speaker: null, side: null });
    expect(screen.queryByText(/^Quotes filtered/)).toBeNull();
  });

  it('says nothing about quotes while none of their filters is set', () => {
    resetStore('?from=2026-01-01');
    renderWithData(<SummaryFigures />);
    expect(figuresLine()).toHaveTextContent(/^Figures from 1 Jan 2026 clear$/);
    expect(screen.queryByText(/Quotes filtered/)).toBeNull();
  });

  it('says what a talks round’s dates hold: its exchanges, or only the talks', () => {
    resetStore('?from=2026-01-01&to=2026-01-31');
    const { unmount } = renderWithData(<SummaryFigures />);
    expect(figuresLine()).toHaveTextContent(
      '1 Jan 2026 – 31 Jan 2026 — the days of the Abu Dhabi talks (Jan 2026); no exchange is recorded under their deals',
    );
    unmount();
    resetStore('?from=2026-02-01&to=2026-03-06');
    renderWithData(<SummaryFigures />);
    expect(figuresLine()).toHaveTextContent(
      '1 Feb 2026 – 6 Mar 2026 — Geneva talks → exchanges: every exchange in these dates counts',
    );
  });

  it('reads an open-ended period as a sentence: "Figures up to …", not "Figures for up to …"', () => {
    resetStore('?to=2025-06-30&venue=geneva');
    renderWithData(<SummaryFigures />);
    expect(figuresLine()).toHaveTextContent(/^Figures up to 30 Jun 2025 clear · place: Geneva/);
  });
});
