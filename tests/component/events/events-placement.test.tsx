/** Where the open event's detail goes at each width: under its row, after the list, or beside it. */
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicDataset, renderWithData } from '../render-with-data';
import { EventsView } from '../../../src/features/events/events-view';
import { besideQuery } from '../../../src/features/events/use-detail-beside';
import { resetStore, useAppStore } from '../../../src/state/store';

/** A window whose width the test sets: matchMedia answers for the detail's one breakpoint. */
function fakeWidth(wide: boolean) {
  const listeners = new Set<() => void>();
  let matches = wide;
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => {
      if (query !== besideQuery) throw new Error(`unexpected media query ${query}`);
      return {
        get matches() {
          return matches;
        },
        media: query,
        addEventListener: (_: string, fn: () => void) => listeners.add(fn),
        removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
      };
    },
  });
  return (next: boolean) => {
    matches = next;
    act(() => listeners.forEach((fn) => fn()));
  };
}

const dataset = publicDataset();
const exchange = [...dataset.events]
  .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  .find(
    (e) => e.type === 'exchange' && dataset.events.filter((x) => x.title === e.title).length === 1,
  );

function renderView() {
  if (!exchange) throw new Error('no exchange with a unique title in public/data/events.json');
  const { user } = renderWithData(<EventsView />, dataset);
  const region = screen.getByRole('region', { name: 'Exchanges' });
  const list = within(region).getByRole('list', { name: /^Events, (latest|earliest) first$/ });
  const row = within(list).getByRole('button', { name: exchange.title });
  return { user, region, list, row, title: exchange.title };
}

// Read from the earliest, the order these cases were written in (the list's order is tested apart).
beforeEach(() => resetStore('?order=oldest'));
afterEach(() => Reflect.deleteProperty(window, 'matchMedia'));

describe('where the open event goes', () => {
  it('on a narrow screen, under its own row, once; Escape on the row closes it', async () => {
    fakeWidth(false);
    const { user, region, row, title } = renderView();
    await user.click(row);
    const detail = within(region).getByRole('article', { name: title });
    expect(row.closest('li')?.contains(detail)).toBe(true);
    expect(within(region).getAllByRole('article')).toHaveLength(1);
    expect(within(detail).getByRole('heading', { level: 3 })).toHaveFocus();

    row.focus();
    await user.keyboard('{Escape}');
    expect(within(region).queryByRole('article')).toBeNull();
    expect(useAppStore.getState().event).toBeNull();
    expect(row).toHaveFocus();
  });

  it('on a narrow screen, after the list when its row is filtered out by type', async () => {
    fakeWidth(false);
    const { user, region, list, row, title } = renderView();
    await user.click(row);
    await user.click(within(region).getByRole('button', { name: /^Talks/ }));
    const detail = within(region).getByRole('article', { name: title });
    expect(list.contains(detail)).toBe(false);
  });

  it('on a wide screen, beside the list, and under the row again when the window narrows', async () => {
    const setWide = fakeWidth(true);
    const { user, region, list, row, title } = renderView();
    await user.click(row);
    expect(list.contains(within(region).getByRole('article', { name: title }))).toBe(false);
    setWide(false);
    const moved = within(region).getByRole('article', { name: title });
    expect(row.closest('li')?.contains(moved)).toBe(true);
    expect(within(region).getAllByRole('article')).toHaveLength(1);
  });
});
