/** The selected place: what it is, how exact its marker is, its counts and its events. */
import { useId } from 'react';
import { EvidenceItem, InferenceNote } from '../../components/evidence-item';
import { ShowMore } from '../../components/show-more';
import { selectSourcesView } from '../../derived/lookups';
import { useDerived } from '../../derived/use-derived';
import { usePages } from '../../components/use-pages';
import type { PreparedEvent } from '../../domain/event-index';
import { formatSpan } from '../../domain/dates';
import { formatPeople, kindLabels, precisionNotes } from '../../domain/map-places';
import type { VenueTotals } from '../../domain/venue-totals';
import type { Venue } from '../../data/schemas';
import { useAppStore } from '../../state/store';

const typeLabels = { talks: 'Talks', agreement: 'Agreement', exchange: 'Exchange' } as const;

/**
 * Events the panel lists at first, and how many each "Show more" adds. The curated places have a
 * dozen or so; a place in a 100,000-event record has hundreds, and drawing them all made every
 * marker click lay out hundreds of buttons.
 */
export const panelFirstPage = 25;
export const panelPageSize = 100;

/** The details panel of the selected place, with its events as buttons and a way to clear it. */
export function VenuePanel({
  totals,
  events,
  ranged,
}: {
  totals: VenueTotals;
  /** The events tied to the place, by date. */
  events: readonly PreparedEvent[];
  ranged: boolean;
}) {
  const headingId = useId();
  const selectVenue = useAppStore((s) => s.selectVenue);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const selectedEvent = useAppStore((s) => s.event);
  const { venue } = totals;
  const buttonId = (id: string) => `${headingId}-event-${id}`;
  const { rows, hidden, showMore } = usePages(events, {
    first: panelFirstPage,
    step: panelPageSize,
    chosenAt: selectedEvent === null ? -1 : events.findIndex((p) => p.event.id === selectedEvent),
    domId: (p) => buttonId(p.event.id),
  });
  return (
    <section className="map-panel" aria-labelledby={headingId}>
      <header className="map-panel__header">
        <h3 id={headingId}>{venue.name}</h3>
        <button type="button" onClick={() => selectVenue(null)}>
          Clear venue
        </button>
      </header>
      <p className="map-panel__meta">
        {kindLabels[venue.kind]} · {venue.country}
      </p>
      <p>{venue.description}</p>
      {/* What the sources only imply (the place of talks, a handover point) says so, and why. */}
      {venue.inferred.map((inference, n) => (
        <InferenceNote key={n} inference={inference} />
      ))}
      <p className="map-panel__precision">{precisionNotes[venue.coordinatePrecision]}</p>
      {venue.evidence.length > 0 && <PlaceSources evidence={venue.evidence} />}
      <dl className="map-panel__counts">
        <div>
          <dt>Talks</dt>
          <dd>{totals.talks}</dd>
        </div>
        <div>
          <dt>Agreements</dt>
          <dd>{totals.agreements}</dd>
        </div>
        <div>
          <dt>Exchanges</dt>
          <dd>{totals.exchanges}</dd>
        </div>
        <div>
          <dt>People exchanged, both ways together (confirmed)</dt>
          <dd>{formatPeople(totals.peopleConfirmed)}</dd>
        </div>
        {/* "0 people expected" under every place was noise: named only where a deal is pending. */}
        {totals.peopleExpected > 0 && (
          <div>
            <dt>People expected, both ways together</dt>
            <dd>{formatPeople(totals.peopleExpected)}</dd>
          </div>
        )}
      </dl>
      <h4>
        {ranged ? 'Events tied to this place in the selected dates' : 'Events tied to this place'}
      </h4>
      {events.length === 0 ? (
        <p className="map-panel__empty">
          No events tied to this place{ranged ? ' in the selected dates' : ''}.
        </p>
      ) : (
        <ul className="map-panel__events">
          {rows.map(({ event }) => (
            <li key={event.id}>
              <button
                id={buttonId(event.id)}
                type="button"
                aria-pressed={event.id === selectedEvent}
                onClick={() => selectEvent(event.id === selectedEvent ? null : event.id)}
              >
                <span className="map-panel__event-title">{event.title}</span>{' '}
                <span className="map-panel__event-meta">
                  {typeLabels[event.type]}, {formatSpan(event)}
                  {event.status === 'expected' ? ', expected' : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShowMore
        className="map-panel__more"
        hidden={hidden}
        step={panelPageSize}
        onClick={showMore}
      />
    </section>
  );
}

/** The sources for what the place is and where it is, folded away: a place's events cite their own. */
function PlaceSources({ evidence }: { evidence: Venue['evidence'] }) {
  const sources = useDerived(selectSourcesView);
  return (
    <details className="map-panel__sources">
      <summary>Sources for this place ({evidence.length})</summary>
      {sources.status === 'ready' ? (
        <ul className="evidence-list">
          {evidence.map((e, n) => (
            <EvidenceItem key={n} evidence={e} source={sources.model.get(e.sourceId)} />
          ))}
        </ul>
      ) : (
        <p role="status">
          {sources.status === 'loading'
            ? 'Loading the sources…'
            : 'The sources file could not be read.'}
        </p>
      )}
    </details>
  );
}
