import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DateRangeControl } from '../../../src/features/filters/date-range-control';
import { SummaryFigures } from '../../../src/features/summary/summary-figures';
import { resetStore, useAppStore } from '../../../src/state/store';
import { renderWithData } from '../render-with-data';

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
