import { describe, expect, it } from 'vitest';
import { countOf, formatAxisCount, formatCount } from '../../../src/domain/format-number';

describe('formatCount', () => {
  it('writes counts with thousands separators', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('countOf', () => {
  it('writes one thing in the singular and any other count in the plural', () => {
    expect(countOf(1, 'one-way release')).toBe('1 one-way release');
    expect(countOf(0, 'event')).toBe('0 events');
    expect(countOf(1000, 'event')).toBe('1,000 events');
    expect(countOf(2, 'body repatriation')).toBe('2 body repatriations');
    expect(countOf(3, 'child', 'children')).toBe('3 children');
  });
});

describe('formatAxisCount', () => {
  it('writes counts in full below a million and in millions from there', () => {
    expect(formatAxisCount(0)).toBe('0');
    expect(formatAxisCount(950_000)).toBe('950,000');
    expect(formatAxisCount(1_000_000)).toBe('1M');
    expect(formatAxisCount(2_500_000)).toBe('2.5M');
    expect(formatAxisCount(12_340_000)).toBe('12.3M');
  });
});
