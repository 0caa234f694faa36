/** Where an event sits in its deal: the agreement and its stages, the talks and what they reached. */
import type { EventRecord } from '../../data/schemas';
import type { EventIndex } from '../../domain/event-index';
import { formatSpan } from '../../domain/dates';
import { dealProgress, progressText } from './event-relations';
import type { Relations } from './event-relations';
import { countsText, dealSizeText } from './event-text';

interface Props {
  event: EventRecord;
  index: EventIndex;
  relations: Relations;
  onSelect: (id: string) => void;
}

function EventLink({ event, onSelect }: { event: EventRecord; onSelect: (id: string) => void }) {
  return (
    <button type="button" className="event-link" onClick={() => onSelect(event.id)}>
      {event.title}
    </button>
  );
}

function LinkedList({
  events,
  onSelect,
  label,
}: {
  events: EventRecord[];
  onSelect: (id: string) => void;
  label: string;
}) {
  return (
    <ul className="event-deal__list" aria-label={label}>
      {events.map((e) => (
        <li key={e.id}>
          <EventLink event={e} onSelect={onSelect} />{' '}
          <span className="event-deal__meta">
            {[formatSpan(e), e.status, countsText(e)].filter((part) => part !== null).join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The deal section of the detail; nothing when the event is linked to nothing. */
export function EventDeal({ event, index, relations, onSelect }: Props) {
  const { agreement, talks, children } = relations;
  const progress = agreement ? progressText(dealProgress(index, agreement.id)) : null;
  const own = event.type === 'agreement' ? dealProgress(index, event.id) : null;
  if (!agreement && !talks && children.length === 0 && event.type === 'exchange') return null;
  return (
    <section className="event-deal" aria-label="Deal">
      {agreement && (
        <p>
          {event.stage !== undefined ? `Stage ${event.stage} of ` : 'Carried out under '}
          <EventLink event={agreement} onSelect={onSelect} />, an agreement to exchange{' '}
          {dealSizeText(agreement)}; stages so far: {progress}.
        </p>
      )}
      {talks && (
        <p>
          {/* The full stop stays with the link: on a phone it wrapped onto a line of its own. */}
          Agreed at{' '}
          <span className="event-deal__keep">
            <EventLink event={talks} onSelect={onSelect} />.
          </span>
        </p>
      )}
      {own && (
        <>
          <p>
            An agreement to exchange {dealSizeText(event)}.{' '}
            {own.stages.length > 0
              ? `Stages so far: ${progressText(own)}.`
              : 'No exchange under it is recorded yet.'}
          </p>
          {own.stages.length > 0 && (
            <LinkedList events={own.stages} onSelect={onSelect} label="Stages" />
          )}
        </>
      )}
      {event.type === 'talks' && <TalksOutcome linked={children} onSelect={onSelect} />}
    </section>
  );
}

function TalksOutcome({
  linked,
  onSelect,
}: {
  linked: EventRecord[];
  onSelect: (id: string) => void;
}) {
  const agreements = linked.filter((c) => c.type === 'agreement');
  const others = linked.filter((c) => c.type !== 'agreement');
  return (
    <>
      {agreements.length > 0 ? (
        <>
          <p>Agreements reached:</p>
          <LinkedList events={agreements} onSelect={onSelect} label="Agreements reached" />
        </>
      ) : (
        <p>No agreement from these talks is recorded.</p>
      )}
      {others.length > 0 && (
        <>
          <p>Also linked to these talks:</p>
          <LinkedList events={others} onSelect={onSelect} label="Also linked to these talks" />
        </>
      )}
    </>
  );
}
