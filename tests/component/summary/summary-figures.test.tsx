import { screen } from '@testing-library/react';
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

describe('summary figures of a partly broken file', () => {
  it('adds up the valid events and says plainly that one was left out', async () => {
    const data = publicDataset();
    const geneva = data.events.findIndex((e) => e.id === 'exchange-2026-03-05-geneva-stage-1');
    // The Geneva stage-1 exchange (200 each way) fails its schema: the totals lose its 200.
    const events = data.events.map((e, i) =>
      i === geneva ? { ...e, toUkraine: { total: 'lots' } } : e,
    );
    renderWithData(<SummaryFigures />, data, { events });
    expect(figure('Returned to Ukraine')).toHaveTextContent('697 people');
    expect(figure('Returned to Russia')).toHaveTextContent('697 people');
    expect(screen.getByText(/Incomplete: 1 record left out/)).toBeVisible();
    act(() => useAppStore.getState().setRange('2025-01-01', '2025-12-31'));
    expect(screen.getByText(/Incomplete: 1 record left out/)).toBeVisible();
  });
});
