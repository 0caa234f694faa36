import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '../../../src/domain/cumulative-series';
import { daySideText } from '../../../src/features/chart/day-text';

const day = (toUkraine: number, reported: number, unreported: number): SeriesRow['day'] => ({
  eventIds: ['x'],
  toUkraine,
  toRussia: 0,
  status: 'confirmed',
  sources: 1,
  reported: { ukraine: reported, russia: 0 },
  unreported: { ukraine: unreported, russia: reported + unreported },
});

describe('daySideText', () => {
  it('gives the figure when every exchange of the day states one', () => {
    expect(daySideText(day(1200, 2, 0), 'ukraine')).toBe('1,200 to Ukraine');
  });

  it('never turns a missing figure into 0 people', () => {
    expect(daySideText(day(0, 0, 1), 'ukraine')).toBe('to Ukraine: not reported');
    expect(daySideText(day(0, 0, 1), 'russia')).toBe('to Russia: not reported');
  });

  it('says the sum is a floor when some exchanges of the day give no figure', () => {
    expect(daySideText(day(300, 1, 1), 'ukraine')).toBe(
      'at least 300 to Ukraine (1 exchange without a figure)',
    );
    expect(daySideText(day(300, 1, 2), 'ukraine')).toBe(
      'at least 300 to Ukraine (2 exchanges without a figure)',
    );
  });

  it('keeps a stated 0 as 0', () => {
    expect(daySideText(day(0, 1, 0), 'ukraine')).toBe('0 to Ukraine');
  });
});
