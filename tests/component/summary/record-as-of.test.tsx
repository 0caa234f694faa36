import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { RecordAsOf } from '../../../src/features/summary/record-as-of';
import { formatDate, localDay } from '../../../src/domain/dates';
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

  it('says nothing while the events are not in', () => {
    const { container } = renderWithData(<RecordAsOf />, {});
    expect(container).toHaveTextContent('');
  });
});
