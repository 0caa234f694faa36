/** An event's date as known: precision-honest, with inferred dates marked "≈". */
import type { EventRecord } from '../../data/schemas';
import { formatSpan } from '../../domain/dates';
import { VisuallyHidden } from '../../components/visually-hidden';
import { isInferred } from './event-text';

/** The date (or span) of an event; an inferred date reads "≈ 5 Feb 2025 (inferred)" to a screen reader. */
export function EventDate({ event }: { event: EventRecord }) {
  const inferred = isInferred(event, 'date', 'endDate');
  return (
    <time
      dateTime={event.date}
      className="event-date"
      title={inferred ? 'inferred date' : undefined}
    >
      {inferred && (
        <span className="event-date__inferred" aria-hidden="true">
          ≈{' '}
        </span>
      )}
      {formatSpan(event)}
      {inferred && <VisuallyHidden> (inferred)</VisuallyHidden>}
    </time>
  );
}
