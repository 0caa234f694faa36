/** One event in the list: date, type, title (the button), counts, status and places. */
import type { Venue } from '../../data/schemas';
import type { PreparedEvent } from '../../domain/event-index';
import { EventDate } from './event-date';
import { StatusBadge } from './event-status';
import { countsText, typeLabels } from './event-text';

interface Props {
  prepared: PreparedEvent;
  venues: ReadonlyMap<string, Venue>;
  selected: boolean;
  buttonId: string;
  onSelect: (id: string) => void;
}

/** A list item whose title button selects the event (pressed while it is the selected one). */
export function EventRow({ prepared, venues, selected, buttonId, onSelect }: Props) {
  const { event, agreedAt } = prepared;
  const counts = countsText(event);
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
      <span className="event-row__date">
        <EventDate event={event} />
      </span>
      <span className={`event-type event-type--${event.type}`}>{typeLabels[event.type]}</span>
      <button
        type="button"
        id={buttonId}
        className="event-row__title"
        aria-pressed={selected}
        onClick={() => onSelect(event.id)}
      >
        {event.title}
      </button>
      <StatusBadge status={event.status} />
      {counts && <span className="event-row__counts">{counts}</span>}
      {place && <span className="event-row__place">{place}</span>}
    </li>
  );
}
