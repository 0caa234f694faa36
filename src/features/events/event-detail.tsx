/** The selected event in full: summary, deal, and every figure with its evidence. */
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { Mediator, Source, Venue } from '../../data/schemas';
import type { EventIndex, PreparedEvent } from '../../domain/event-index';
import { EventDeal } from './event-deal';
import { EventFacts } from './event-facts';
import { relationsOf } from './event-relations';
import { StatusBadge } from './event-status';
import { typeLabels } from './event-text';
import { useFitsViewport } from './use-fits-viewport';

/** Escape closes the panel (the close handler gives focus back to the row it was opened from). */
function closeOnEscape(onClose: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };
}

/**
 * Asked of the detail by a choice made inside the view: take the focus, and either let the browser
 * scroll to it or ('stay') leave the page where it is, because the row just tapped must not move.
 */
export type FocusRequest = 'scroll' | 'stay' | null;

interface Props {
  prepared: PreparedEvent;
  inFilter: boolean;
  index: EventIndex;
  venues: ReadonlyMap<string, Venue>;
  sources: ReadonlyMap<string, Source>;
  mediators: ReadonlyMap<string, Mediator>;
  /** Set by whoever selected from inside the view, so focus follows the user and not the store. */
  focusRequestRef: RefObject<FocusRequest>;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** The detail panel of one event. */
export function EventDetail({
  prepared,
  inFilter,
  index,
  venues,
  sources,
  mediators,
  focusRequestRef,
  onSelect,
  onClose,
}: Props) {
  const { event } = prepared;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const request = focusRequestRef.current;
    if (request === null) return;
    focusRequestRef.current = null;
    heading.current?.focus({ preventScroll: request === 'stay' });
  }, [event.id, focusRequestRef]);
  const relations = relationsOf(index, event);
  const panel = useRef<HTMLElement>(null);
  const fits = useFitsViewport(panel);

  return (
    <article
      ref={panel}
      className={fits ? 'event-detail event-detail--fits' : 'event-detail'}
      aria-labelledby={headingId}
      onKeyDown={closeOnEscape(onClose)}
    >
      <header className="event-detail__header">
        <p className="event-detail__kicker">
          <span className={`event-type event-type--${event.type}`}>{typeLabels[event.type]}</span>{' '}
          <StatusBadge status={event.status} />
        </p>
        <h3 id={headingId} ref={heading} tabIndex={-1} className="event-detail__title">
          {event.title}
        </h3>
        <button type="button" className="event-detail__close" onClick={onClose}>
          Close
        </button>
      </header>
      {!inFilter && (
        <p className="event-detail__outside">
          This event is outside the current date range or place filter; it is shown because it is
          selected.
        </p>
      )}
      <p className="event-detail__summary">{event.summary}</p>
      <EventDeal event={event} index={index} relations={relations} onSelect={onSelect} />
      <h4 className="event-detail__subheading">Figures and evidence</h4>
      <EventFacts
        event={event}
        venues={venues}
        mediators={mediators}
        sources={sources}
        relations={relations}
      />
    </article>
  );
}

/** What the detail says when the selected id is not in the data (an old or mistyped link). */
export function MissingEvent({ id, onClose }: { id: string; onClose: () => void }) {
  return (
    <div
      className="event-detail event-detail--missing"
      role="status"
      onKeyDown={closeOnEscape(onClose)}
    >
      <p>The selected event “{id}” is not in the data; it may have been renamed or removed.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
