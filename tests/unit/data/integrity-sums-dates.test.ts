// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { checkDates, checkStageSums } from '../../../src/data/check-stages-dates';
import { byId, lines, miniDataset } from './mini';

describe('checkStageSums', () => {
  it('errors when confirmed stages already exceed what the agreement promises', () => {
    const data = miniDataset();
    byId(data.events, 'exchange-stage-1').toRussia = { total: 120 };
    expect(lines(checkStageSums(data))).toEqual([
      'error events.json › record "agreement-example-city" (#1) › toRussia.total: agreement "agreement-example-city" promises 100 to Russia, but its confirmed stages already add up to 120',
    ]);
  });

  it('warns when confirmed and expected stages do not reach the promised total', () => {
    const data = miniDataset();
    data.events = data.events.filter((e) => e.id !== 'exchange-stage-2');
    expect(lines(checkStageSums(data))).toEqual([
      'warning events.json › record "agreement-example-city" (#1) › toUkraine.total: agreement "agreement-example-city" promises 100 to Ukraine; confirmed stages add up to 60, expected stages to 0 (40 unaccounted for)',
      'warning events.json › record "agreement-example-city" (#1) › toRussia.total: agreement "agreement-example-city" promises 100 to Russia; confirmed stages add up to 60, expected stages to 0 (40 unaccounted for)',
    ]);
  });

  it('warns when expected stages would overshoot the promise', () => {
    const data = miniDataset();
    byId(data.events, 'exchange-stage-2').toUkraine = { total: 45 };
    expect(lines(checkStageSums(data))).toEqual([
      'warning events.json › record "agreement-example-city" (#1) › toUkraine.total: agreement "agreement-example-city" promises 100 to Ukraine; confirmed stages add up to 60, expected stages to 45 (5 more than promised)',
    ]);
  });

  it('errors when soldiers and civilians do not add up to the total', () => {
    const data = miniDataset();
    byId(data.events, 'exchange-stage-1').toUkraine = { total: 60, soldiers: 45, civilians: 10 };
    expect(lines(checkStageSums(data))).toEqual([
      'error events.json › record "exchange-stage-1" (#2) › toUkraine.total: soldiers 45 + civilians 10 = 55, but total is 60',
    ]);
  });

  it('errors when one part alone exceeds the total', () => {
    const data = miniDataset();
    byId(data.events, 'exchange-stage-2').toRussia = { total: 40, civilians: 41 };
    expect(lines(checkStageSums(data))).toEqual([
      'error events.json › record "exchange-stage-2" (#3) › toRussia.total: civilians 41 exceed total 40',
    ]);
  });
});

describe('checkDates', () => {
  it('errors when a span ends before it starts', () => {
    const data = miniDataset();
    byId(data.events, 'talks-example-city').endDate = '2026-01-09';
    expect(lines(checkDates(data))).toEqual([
      'error events.json › record "talks-example-city" (#0) › endDate: ends 2026-01-09, before it starts (2026-01-10)',
    ]);
  });

  it('errors when an expected exchange is dated before a confirmed one of the same agreement', () => {
    const data = miniDataset();
    const expected = byId(data.events, 'exchange-stage-2');
    expected.date = '2026-01-12';
    expected.datePrecision = 'day';
    expect(lines(checkDates(data))).toEqual([
      'error events.json › record "exchange-stage-2" (#3) › date: expected exchange dated 2026-01-12 is before confirmed exchange "exchange-stage-1" (2026-01-20) of the same agreement "agreement-example-city"',
    ]);
  });

  it('lets a week-precision expected exchange overlap the confirmed one', () => {
    const data = miniDataset();
    // The week of 2026-01-14 includes the 20th, so it is not certainly earlier.
    byId(data.events, 'exchange-stage-2').date = '2026-01-14';
    expect(lines(checkDates(data))).toEqual([]);
  });

  it('errors when an exchange is before the talks or agreement it implements', () => {
    const data = miniDataset();
    const exchange = byId(data.events, 'exchange-stage-1');
    exchange.date = '2026-01-05';
    exchange.talksId = 'talks-example-city';
    expect(lines(checkDates(data))).toEqual([
      'error events.json › record "exchange-stage-1" (#2) › date: 2026-01-05 is before the agreement "agreement-example-city" it implements (2026-01-10)',
      'error events.json › record "exchange-stage-1" (#2) › date: 2026-01-05 is before the talks "talks-example-city" it implements (2026-01-10)',
    ]);
  });

  it('compares at the coarser precision and allows the same day', () => {
    const data = miniDataset();
    const talks = byId(data.events, 'talks-example-city');
    talks.date = '2026-02-01';
    talks.datePrecision = 'month';
    const agreement = byId(data.events, 'agreement-example-city');
    agreement.date = '2026-02-20';
    const exchange = byId(data.events, 'exchange-stage-1');
    exchange.date = '2026-02-20';
    byId(data.events, 'exchange-stage-2').date = '2026-02-23';
    expect(lines(checkDates(data))).toEqual([]);

    agreement.date = '2026-01-31';
    exchange.date = '2026-01-31';
    expect(lines(checkDates(data))).toEqual([
      'error events.json › record "agreement-example-city" (#1) › date: 2026-01-31 is before the talks "talks-example-city" it implements (2026-02-01 (month))',
    ]);
  });
});
