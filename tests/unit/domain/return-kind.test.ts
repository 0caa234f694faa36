import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../fixtures/make-event';
import type { Claim } from '../../../src/data/schemas';
import {
  claimRange,
  returnKindOf,
  returnsBodies,
  returnsPeople,
} from '../../../src/domain/return-kind';

const claim = (counts: Claim['counts'], total: number): Claim => ({
  counts,
  statedBy: 'A ministry',
  party: 'russia',
  total,
  moreThan: false,
  sourceId: 'src',
  note: 'says so',
});

describe('returnKindOf', () => {
  it('reads an exchange as a swap unless it says otherwise; talks and deals return nobody', () => {
    expect(returnKindOf(makeEvent('x'))).toBe('swap');
    expect(returnKindOf(makeEvent('r', { returnKind: 'release' }))).toBe('release');
    expect(returnKindOf(makeEvent('t', { type: 'talks' }))).toBeNull();
  });

  it('counts swaps and releases as people returned, bodies apart', () => {
    const kinds = [
      makeEvent('s'),
      makeEvent('r', { returnKind: 'release' }),
      makeEvent('b', { returnKind: 'bodies' }),
      makeEvent('a', { type: 'agreement' }),
    ];
    expect(kinds.map(returnsPeople)).toEqual([true, true, false, false]);
    expect(kinds.map(returnsBodies)).toEqual([false, false, true, false]);
  });
});

describe('claimRange', () => {
  it('spans the lowest and highest figure when the parties disagree', () => {
    const disputed = makeEvent('x', {
      toUkraine: { total: 189 },
      claims: [claim('toUkraine', 150), claim('toRussia', 1)],
    });
    expect(claimRange(disputed, 'toUkraine')).toEqual([150, 189]);
    expect(claimRange(disputed, 'toRussia')).toBeNull();
  });

  it('is null when the claims agree, or there is nothing to compare', () => {
    expect(claimRange(makeEvent('x', { toUkraine: { total: 5 } }), 'toUkraine')).toBeNull();
    expect(claimRange(makeEvent('w'), 'toRussia')).toBeNull();
    const agreed = makeEvent('y', { toUkraine: { total: 5 }, claims: [claim('toUkraine', 5)] });
    expect(claimRange(agreed, 'toUkraine')).toBeNull();
    const unused = makeEvent('z', { claims: [claim('toRussia', 3), claim('toRussia', 7)] });
    expect(claimRange(unused, 'toRussia')).toEqual([3, 7]);
  });

  it('reads "more than" as a lower bound: it disputes only a figure at or below it', () => {
    const over = (total: number) => ({ ...claim('toUkraine', total), moreThan: true });
    const agrees = makeEvent('a', { toUkraine: { total: 130 }, claims: [over(100)] });
    expect(claimRange(agrees, 'toUkraine')).toBeNull();
    const contradicts = makeEvent('c', { toUkraine: { total: 130 }, claims: [over(150)] });
    expect(claimRange(contradicts, 'toUkraine')).toEqual([130, 150]);
    const againstExact = makeEvent('e', {
      toUkraine: { total: 130 },
      claims: [over(100), claim('toUkraine', 90)],
    });
    expect(claimRange(againstExact, 'toUkraine')).toEqual([90, 130]);
  });
});
