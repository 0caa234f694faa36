/** One event in the list: date, type, title (the button), counts, status and places. */
import type { ReactNode } from 'react';
import type { Venue } from '../../data/schemas';
import type { PreparedEvent } from '../../domain/event-index';
import { EventDate } from './event-date';
import { StatusBadge } from './event-status';
import { claimRange, returnKindOf } from '../../domain/return-kind';
import type { YearCounts } from '../../domain/year-groups';
import { countsText, typeLabels, yearText } from './event-text';

interface Props {
  prepared: PreparedEvent;
  venues: ReadonlyMap<string, Venue>;
  selected: boolean;
  buttonId: string;
  /** The id of the text that tells how to move through the list. */
  hintId?: string;
  onSelect: (id: string) => void;
  /** Set on the first row of a year: the year's heading goes with it. */
  year?: YearCounts;
  /** Opened under the row: the detail of the selected event, on a narrow screen. */
  children?: ReactNode;
}

const kindBadges = { release: 'One-way release', bodies: 'Bodies' } as const;

/** A list item whose title button selects the event (pressed while it is the selected one). */
export function EventRow({
  prepared,
  venues,
  selected,
  buttonId,
  hintId,
  onSelect,
  year,
  children,
}: Props) {
  const { event, agreedAt } = prepared;
  const counts = countsText(event);
  const kind = returnKindOf(event);
  // Where the parties' figures differ, the range, next to the figure the totals use.
  const disputed = (['toUkraine', 'toRussia'] as const).flatMap((side) => {
    const range = claimRange(event, side);
    return range
      ? [`${side === 'toUkraine' ? 'to Ukraine' : 'to Russia'}: claims ${range[0]}–${range[1]}`]
      : [];
  });
  const names = (ids: readonly string[]) => ids.map((id) => venues.get(id)?.name ?? id).join(', ');
  const place =
    event.venueIds.length > 0
      ? names(event.venueIds)
      : agreedAt.length > 0
        ? `agreed at ${names(agreedAt)}`
        : null;
  return (
    <li
      className={`event-row event-row--${event.type} event-row--${event.status}`}
      aria-current={selected ? 'true' : undefined}
    >
      {year && (
        <h3 className="event-row__year">
          {year.year} <span className="event-row__year-counts">{yearText(year)}</span>
        </h3>
      )}
      <span className="event-row__date">
        <EventDate event={event} />
      </span>
      <span className={`event-type event-type--${event.type}`}>{typeLabels[event.type]}</span>
      <button
        type="button"
        id={buttonId}
        className="event-row__title"
        aria-pressed={selected}
        aria-describedby={hintId}
        onClick={() => onSelect(event.id)}
      >
        {event.title}
      </button>
      <StatusBadge status={event.status} />
      {counts && (
        <span className="event-row__counts">
          {counts}
          {/* Spaces between the badges and the counts: a screen reader and a copied row read
              "160 to Russia Bodies", not "160 to RussiaBodies". */}
          {kind === 'release' || kind === 'bodies' ? (
            <>
              {' '}
              <span className={`event-badge event-badge--${kind}`}>{kindBadges[kind]}</span>
            </>
          ) : null}
          {disputed.map((d) => (
            <span key={d}>
              {' '}
              <span className="event-badge event-badge--disputed">{d}</span>
            </span>
          ))}
        </span>
      )}
      {place && <span className="event-row__place">{place}</span>}
      {children}
    </li>
  );
}
