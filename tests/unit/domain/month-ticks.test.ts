import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks, monthTicks, niceAxis, plotScales } from '../../../src/domain/chart-frame';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('monthTicks', () => {
  it('marks every month of a short window', () => {
    const ticks = monthTicks([Date.UTC(2026, 0, 15), Date.UTC(2026, 4, 20)]);
    expect(ticks.map(iso)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01']);
  });

  it('steps by quarters, then years, as the window grows', () => {
    const twoYears = monthTicks([Date.UTC(2024, 0, 1), Date.UTC(2025, 11, 31)], 10);
    expect(twoYears.map(iso)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
      '2025-10-01',
    ]);
    const fiveYears = monthTicks([Date.UTC(2022, 1, 1), Date.UTC(2026, 11, 31)], 6);
    expect(fiveYears.map(iso)).toEqual(['2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01']);
  });

  it('finds a tick when whole-step alignment would miss the window', () => {
    // Found by the property below: 5-year steps start on 1970-01-01, a day before this window.
    const day = 86_400_000;
    const ticks = monthTicks([1 * day, 1461 * day], 2);
    expect(ticks.map(iso)).toEqual(['1972-01-01', '1974-01-01']);
  });

  it('spreads at most maxTicks over a window too long for any regular step', () => {
    const forty = monthTicks([Date.UTC(1970, 0, 1), Date.UTC(2009, 11, 31)], 2);
    expect(forty.map(iso)).toEqual(['1970-01-01', '1990-01-01']);
  });

  it('moves on to a coarser step when one misses the window, and still gives a tick', () => {
    // Two-year steps give two ticks (too many), five- and ten-year steps none.
    const ticks = monthTicks([Date.UTC(1971, 0, 1), Date.UTC(1974, 5, 1)], 1);
    expect(ticks.map(iso)).toEqual(['1971-01-01']);
  });

  it('gives nothing for a window that holds no first of a month', () => {
    expect(monthTicks([Date.UTC(2026, 0, 2), Date.UTC(2026, 0, 20)])).toEqual([]);
  });

  it('gives nothing for an empty or reversed window', () => {
    expect(monthTicks([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1)])).toEqual([]);
    expect(monthTicks([Date.UTC(2026, 1, 1), Date.UTC(2026, 0, 1)])).toEqual([]);
  });

  it('stays inside the window, on first days, at most maxTicks, for any window', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 2, max: 16 }),
        (startDay, length, max) => {
          const domain: [number, number] = [startDay * day, (startDay + length) * day];
          const ticks = monthTicks(domain, max);
          expect(ticks.length).toBeLessThanOrEqual(max);
          for (const t of ticks) {
            expect(t).toBeGreaterThanOrEqual(domain[0]);
            expect(t).toBeLessThanOrEqual(domain[1]);
            expect(new Date(t).getUTCDate()).toBe(1);
          }
          // A window that holds a first of the month always gets at least one tick.
          const firstInside = new Date(domain[0]);
          firstInside.setUTCDate(1);
          if (firstInside.getTime() < domain[0])
            firstInside.setUTCMonth(firstInside.getUTCMonth() + 1);
          if (firstInside.getTime() <= domain[1]) expect(ticks.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('axisTicks', () => {
  it('labels days when a window holds fewer than two month starts', () => {
    const week = axisTicks([Date.UTC(2025, 4, 12), Date.UTC(2025, 4, 18, 23)], 10);
    expect(week.unit).toBe('day');
    expect(week.ticks.map(iso)).toEqual([
      '2025-05-12',
      '2025-05-13',
      '2025-05-14',
      '2025-05-15',
      '2025-05-16',
      '2025-05-17',
      '2025-05-18',
    ]);
  });

  it('steps by Mondays when daily labels would crowd', () => {
    const month = axisTicks([Date.UTC(2025, 4, 3), Date.UTC(2025, 4, 31)], 6);
    expect(month.unit).toBe('day');
    expect(month.ticks.map(iso)).toEqual(['2025-05-05', '2025-05-12', '2025-05-19', '2025-05-26']);
    expect(month.ticks.every((t) => new Date(t).getUTCDay() === 1)).toBe(true);
  });

  it('keeps months when two or more fall inside', () => {
    const two = axisTicks([Date.UTC(2025, 4, 1), Date.UTC(2025, 5, 30)], 10);
    expect(two).toEqual({ unit: 'month', ticks: [Date.UTC(2025, 4, 1), Date.UTC(2025, 5, 1)] });
  });

  it('never gives more ticks than asked for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 1, max: 400 * 86_400_000 }),
        fc.integer({ min: 2, max: 16 }),
        (start, span, max) => {
          const { ticks } = axisTicks([start, start + span], max);
          expect(ticks.length).toBeLessThanOrEqual(max);
          expect(ticks.every((t) => t >= start && t <= start + span)).toBe(true);
        },
      ),
    );
  });
});

describe('niceAxis', () => {
  it('rounds the top up to a round step', () => {
    expect(niceAxis(7454)).toEqual({ top: 8000, ticks: [0, 2000, 4000, 6000, 8000] });
    expect(niceAxis(1205)).toEqual({ top: 1250, ticks: [0, 250, 500, 750, 1000, 1250] });
    expect(niceAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it('always covers the maximum with at most maxTicks steps', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (max, n) => {
          const { top, ticks } = niceAxis(max, n);
          expect(top).toBeGreaterThanOrEqual(max);
          expect(ticks[0]).toBe(0);
          expect(ticks.at(-1)).toBeCloseTo(top);
          expect(ticks.length - 1).toBeLessThanOrEqual(n);
        },
      ),
    );
  });
});

describe('plotScales', () => {
  it('maps the window and the value range onto the plot area', () => {
    const { x, y } = plotScales([1000, 2000], 500, { top: 10, right: 210, bottom: 110, left: 10 });
    expect([x(1000), x(1500), x(2000)]).toEqual([10, 110, 210]);
    expect([y(0), y(250), y(500)]).toEqual([110, 60, 10]);
  });
});
