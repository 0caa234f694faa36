import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/domain/event-index';
import { emptyTotals } from '../../../src/domain/venue-totals';
import { panelFirstPage, VenuePanel } from '../../../src/features/map/venue-panel';
import { resetStore } from '../../../src/state/store';
import { makeEvent } from '../../fixtures/make-event';
import { makeVenue } from '../../fixtures/make-venue';

const place = makeVenue('busy', { name: 'Busy Town' });
// Sixty exchanges on consecutive days of 2025, as a place in a very large record has.
const events = buildEventIndex(
  Array.from({ length: 60 }, (_, i) =>
    makeEvent(`e${String(i).padStart(2, '0')}`, {
      date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
      venueIds: ['busy'],
    }),
  ),
).list;

const titles = () =>
  within(screen.getByRole('region', { name: 'Busy Town' }))
    .getAllByRole('button', { name: /^e\d\d/ })
    .map((b) => b.id && b.textContent?.slice(0, 3));

beforeEach(() => resetStore());

describe('the selected place’s events, page by page', () => {
  it('lists the first page, then more on request with focus on the first new one', async () => {
    const user = userEvent.setup();
    render(<VenuePanel totals={emptyTotals(place)} events={events} ranged={false} />);
    expect(titles()).toHaveLength(panelFirstPage);
    await user.click(screen.getByRole('button', { name: 'Show the last 35' }));
    expect(titles()).toHaveLength(60);
    expect(document.activeElement?.textContent).toMatch(/^e25/);
    expect(screen.queryByRole('button', { name: /^Show (the last|\d)/ })).toBeNull();
  });

  it('keeps the chosen event listed when it lies beyond the first page', () => {
    resetStore('?venue=busy&event=e50');
    render(<VenuePanel totals={emptyTotals(place)} events={events} ranged={false} />);
    const listed = titles();
    expect(listed).toHaveLength(panelFirstPage + 1);
    expect(listed.at(-1)).toBe('e50');
    expect(screen.getByRole('button', { name: /^e50/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Show the last 34' })).toBeVisible();
  });
});
