import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChartView } from '../../../src/features/chart/chart-view';
import { resetStore, useAppStore } from '../../../src/state/store';
import { publicDataset, renderWithData } from '../render-with-data';

beforeEach(() => resetStore(''));

describe('chart view', () => {
  it('is the "Cumulative prisoners returned" region with its markers key and table', async () => {
    const data = publicDataset();
    renderWithData(<ChartView />, data);
    const region = screen.getByRole('region', { name: 'Cumulative prisoners returned' });
    const markers = within(region).getByRole('list', {
      name: 'Talks and agreements on the time axis',
    });
    expect(within(markers).getAllByRole('button')).toHaveLength(
      data.events.filter((e) => e.type !== 'exchange').length,
    );
    // Its date after a comma: a title may end in brackets of its own.
    expect(
      within(markers).getByRole('button', {
        name: /^T\d+ Trilateral talks, round 1 \(Abu Dhabi\), Jan 2026$/,
      }),
    ).toBeInTheDocument();
    await userEvent.click(within(markers).getByRole('button', { name: /Geneva talks/ }));
    expect(useAppStore.getState().event).toBe('talks-2026-02-geneva');

    expect(within(region).queryByRole('table')).toBeNull();
    await userEvent.click(within(region).getByText('Show the numbers as a table'));
    const table = within(region).getByRole('table', { name: /People returned per exchange/ });
    expect(within(table).getByText('Geneva deal, stage 1: 200 for 200')).toBeInTheDocument();
  });

  it('toggles the soldiers / civilians split and says when an empty range has no exchanges', async () => {
    renderWithData(<ChartView />);
    await userEvent.click(screen.getByRole('button', { name: 'Soldiers / civilians' }));
    expect(useAppStore.getState().split).toBe(true);
    // Before the full-scale invasion: no exchange is recorded.
    useAppStore.getState().setRange('2021-01-01', '2021-12-31');
    expect(await screen.findByText('No exchanges in this range or place.')).toBeInTheDocument();
  });
});
