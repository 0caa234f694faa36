import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { localDay, RecordAsOf } from '../../../src/features/summary/record-as-of';
import { formatDate } from '../../../src/domain/dates';
import { resetStore } from '../../../src/state/store';
import { makeEvent } from '../../fixtures/make-event';
import { renderWithData } from '../render-with-data';

beforeEach(() => resetStore(''));

describe('the record’s "as of" and how to cite it', () => {
  it('names the latest confirmed event’s date, not an announced one', () => {
    renderWithData(<RecordAsOf />, {
      events: [
        makeEvent('early', { date: '2025-05-23' }),
        makeEvent('latest', { date: '2026-06-01' }),
        makeEvent('announced', { date: '2026-08-01', status: 'expected' }),
      ],
    });
    // With the day it is read, as a citation gives it.
    const today = formatDate(localDay(new Date()));
    expect(screen.getByText(/The record runs to/)).toHaveTextContent(
      `The record runs to 1 Jun 2026, its latest confirmed event. To cite a figure: Swapwatch, record up to 1 Jun 2026, accessed ${today}, with the link`,
    );
  });

  it('dates the access by the reader’s own calendar, not UTC’s', () => {
    // 02:30 on 1 March in Kyiv is 23:30 on 28 February in UTC.
    const kyivNight = {
      getFullYear: () => 2026,
      getMonth: () => 2,
      getDate: () => 1,
      toISOString: () => '2026-02-28T23:30:00.000Z',
    } as Date;
    expect(localDay(kyivNight)).toBe('2026-03-01');
  });

  it('says nothing while the events are not in', () => {
    const { container } = renderWithData(<RecordAsOf />, {});
    expect(container).toHaveTextContent('');
  });
});
