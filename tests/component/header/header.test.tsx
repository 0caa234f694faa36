import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DateRangeControl } from '../../../src/features/filters/date-range-control';
import { SummaryFigures } from '../../../src/features/summary/summary-figures';
import { resetStore, useAppStore } from '../../../src/state/store';
import { readFileSync } from 'node:fs';
import type { EventRecord } from '../../../src/data/schemas';
import { makeEvent } from '../../fixtures/make-event';
import { renderWithData } from '../render-with-data';

const readEvents = (): EventRecord[] =>
  JSON.parse(readFileSync('public/data/events.json', 'utf8')) as EventRecord[];

beforeEach(() => resetStore(''));

function figure(label: string) {
  return screen.getByText(label, { selector: 'dt' }).parentElement!;
}

describe('date range control', () => {
  it('offers all time, each year and each talks round, and sets the range', async () => {
    renderWithData(<DateRangeControl />);
    const presets = screen.getByRole('group', { name: 'Date presets' });
    expect(
      within(presets)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'All time',
      '2025',
      '2026',
      'Istanbul talks → exchanges',
      'Abu Dhabi talks (Jan 2026)',
      'Geneva talks → exchanges',
      'Abu Dhabi talks (4 Feb 2026) → exchanges',
      'Reset all filters',
    ]);
    await userEvent.click(
      within(presets).getByRole('button', { name: 'Geneva talks → exchanges' }),
    );
    expect(useAppStore.getState()).toMatchObject({ from: '2026-02-01', to: '2026-03-06' });
    expect(screen.getByLabelText('From')).toHaveValue('2026-02-01');
    expect(
      within(presets).getByRole('button', { name: 'Geneva talks → exchanges' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Reset all filters' }));
    expect(useAppStore.getState()).toMatchObject({ from: null, to: null });
  });
});

describe('date range control with many talks rounds', () => {
  // Twelve talks rounds: past eight, they are a list to choose from rather than buttons.
  const rounds = Array.from({ length: 12 }, (_, i) =>
    makeEvent(`talks-extra-${i}`, {
      type: 'talks',
      title: `Round ${i + 1}`,
      date: `2024-${String(i + 1).padStart(2, '0')}-10`,
      venueIds: ['geneva'],
    }),
  );
  const events = [...readEvents(), ...rounds];

  it('lists the rounds in a select that sets the range and follows it', async () => {
    renderWithData(<DateRangeControl />, { events });
    const select = screen.getByRole('combobox', { name: /Talks round → exchanges/ });
    const options = within(select).getAllByRole('option');
    expect(options.length).toBeGreaterThan(12);
    const march = options.find((o) => o.textContent?.includes('Mar 2024'));
    if (!march) throw new Error('no option for the March 2024 round');
    await userEvent.selectOptions(select, march);
    expect(useAppStore.getState().from).toBe('2024-03-10');
    expect(select).toHaveValue(march.getAttribute('value'));
    // A range set elsewhere leaves the select on its prompt, with every round still listed.
    await userEvent.click(screen.getByRole('button', { name: '2025' }));
    expect(select).toHaveValue('');
    expect(within(select).getAllByRole('option')).toHaveLength(options.length);
  });
});

describe('summary figures', () => {
  it('shows confirmed totals per side with expected apart, and follows the range', async () => {
    renderWithData(<SummaryFigures />);
    expect(figure('Returned to Ukraine')).toHaveTextContent('897 people+ 300 expected');
    expect(figure('Returned to Russia')).toHaveTextContent('897 people');
    expect(figure('Exchanges')).toHaveTextContent('5confirmed, 3 expected; 3 of unreported size');
    expect(figure('Quotes shown')).toHaveTextContent('40');
    useAppStore.getState().setRange('2026-01-01', '2026-12-31');
    expect(await screen.findAllByText('357 people', { selector: '.figure__value' })).toHaveLength(
      2,
    );
    expect(figure('Exchanges')).toHaveTextContent('2confirmed, 1 expected');
  });
});
