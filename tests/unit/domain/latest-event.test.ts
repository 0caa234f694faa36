import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/domain/event-index';
import { latestConfirmed } from '../../../src/domain/latest-event';
import { makeEvent } from '../../fixtures/make-event';

describe('latestConfirmed', () => {
  it('is the confirmed event that starts last, whatever the file order', () => {
    const index = buildEventIndex([
      makeEvent('late', { date: '2026-06-01' }),
      makeEvent('early', { date: '2022-04-01' }),
      makeEvent('announced', { date: '2026-07-01', status: 'expected' }),
    ]);
    expect(latestConfirmed(index)?.event.id).toBe('late');
  });

  it('is null for a record with nothing confirmed', () => {
    expect(latestConfirmed(buildEventIndex([]))).toBeNull();
    const onlyExpected = buildEventIndex([makeEvent('a', { status: 'expected' })]);
    expect(latestConfirmed(onlyExpected)).toBeNull();
  });
});
