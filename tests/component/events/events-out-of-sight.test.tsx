/**
 * On a large record a view out of sight keeps what it drew, and draws the latest filter as it comes
 * into sight; the curated record's views always follow at once.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../scripts/gen-data';
import { dataFileNames } from '../../../src/data/file-names';
import * as filter from '../../../src/domain/filter-events';
import { parseRecords } from '../../../src/data/parse-file';
import type { Dataset } from '../../../src/data/schemas';
import { EventsView } from '../../../src/features/events/events-view';
import { resetStore, useAppStore } from '../../../src/state/store';
import { publicDataset, renderWithData } from '../render-with-data';

vi.mock('../../../src/domain/filter-events', async (load) => {
  const real = await load<typeof filter>();
  return { ...real, filterEvents: vi.fn(real.filterEvents) };
});
const filterEvents = vi.mocked(filter.filterEvents);

/** A stand-in for the browser's IntersectionObserver that the test moves in and out of sight. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets: Element[] = [];
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  unobserve() {}
  disconnect() {
    this.targets.length = 0;
  }
}

function setSight(id: string, visible: boolean) {
  act(() => {
    for (const observer of FakeObserver.all)
      for (const target of observer.targets.filter((t) => t.id === id))
        observer.callback(
          [{ target, isIntersecting: visible } as unknown as IntersectionObserverEntry],
          observer as unknown as IntersectionObserver,
        );
  });
}

function parsed(raw: Record<string, unknown[]>): Partial<Dataset> {
  const out: Record<string, unknown> = {};
  for (const name of dataFileNames) {
    const result = parseRecords(name, raw[name] ?? []);
    if (!result.ok) throw new Error(`${name} does not parse`);
    out[name] = result.data;
  }
  return out as Partial<Dataset>;
}

/** Past the 1,000 events from which views are kept out of sight. */
const largeRecord = () =>
  parsed(
    generateDataset({ events: 1200, quotes: 20, seed: 5 }) as unknown as Record<string, unknown[]>,
  );

const firstYear = () =>
  within(screen.getByRole('region', { name: 'Exchanges' })).getAllByRole('heading', {
    level: 3,
  })[0]!.textContent;

beforeEach(() => {
  // Read from the earliest, the order these cases were written in (the list's order is tested apart).
  resetStore('?order=oldest');
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

describe('a view out of sight', () => {
  it('keeps its drawing on a large record and draws the new range once in sight', async () => {
    renderWithData(<EventsView />, largeRecord());
    const before = await screen.findAllByRole('heading', { level: 3 });
    expect(before.length).toBeGreaterThan(0);
    const drawn = firstYear();
    setSight('events', false);
    act(() => useAppStore.getState().setRange('2025-01-01', null));
    // Kept, and not busy: nothing is being redrawn for it.
    expect(firstYear()).toBe(drawn);
    expect(screen.getByRole('region', { name: 'Exchanges' })).not.toHaveAttribute('aria-busy');
    setSight('events', true);
    expect(firstYear()).not.toBe(drawn);
    expect(firstYear()).toMatch(/^202[45] /);
  });

  it('derives nothing while out of sight on a large record, and derives once in sight', async () => {
    renderWithData(<EventsView />, largeRecord());
    await screen.findAllByRole('heading', { level: 3 });
    setSight('events', false);
    filterEvents.mockClear();
    act(() => useAppStore.getState().setRange('2025-01-01', null));
    act(() => useAppStore.getState().setRange('2024-01-01', '2024-12-31'));
    expect(filterEvents).not.toHaveBeenCalled();
    setSight('events', true);
    expect(filterEvents).toHaveBeenCalled();
    expect(firstYear()).toMatch(/^202[34] /);
  });

  it('draws the new range when the focus arrives in it (a skip link, Tab)', async () => {
    renderWithData(<EventsView />, largeRecord());
    await screen.findAllByRole('heading', { level: 3 });
    const drawn = firstYear();
    setSight('events', false);
    act(() => useAppStore.getState().setRange('2025-01-01', null));
    expect(firstYear()).toBe(drawn);
    const region = screen.getByRole('region', { name: 'Exchanges' });
    act(() => region.focus());
    expect(firstYear()).not.toBe(drawn);
    expect(region).not.toHaveAttribute('aria-busy');
  });

  it('follows the filter at once on the curated record', async () => {
    renderWithData(<EventsView />, publicDataset());
    await screen.findAllByRole('heading', { level: 3 });
    // Nothing is watched: the view does not re-render as the reader scrolls.
    expect(FakeObserver.all.flatMap((o) => o.targets)).toEqual([]);
    const drawn = firstYear();
    setSight('events', false);
    act(() => useAppStore.getState().setRange('2025-01-01', null));
    expect(firstYear()).not.toBe(drawn);
    expect(firstYear()).toMatch(/^202[45] /);
  });
});
