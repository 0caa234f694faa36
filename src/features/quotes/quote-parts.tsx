/** The small pieces of a quote card: its text, speaker, date, source and event. */
import { sourceByline } from '../../domain/source-byline';
import type { EventRecord, Person, Quote, Source } from '../../data/schemas';
import { formatDate } from '../../domain/dates';
import { useAppStore } from '../../state/store';
import { closeDetailsOnEscape } from '../../components/close-details-on-escape';
import { HighlightedText } from './highlighted-text';
import { SourceName } from '../../components/source-name';
import { sideLabels } from '../../domain/side-labels';

/** The verbatim words; a partial quote (a phrase cut from a sentence) gets ellipses and a badge. */
export function QuoteText({ quote, terms }: { quote: Quote; terms: readonly string[] }) {
  return (
    <>
      <blockquote className="quote__text">
        <p dir="auto">
          {quote.partial && <span aria-hidden="true">…</span>}
          <HighlightedText text={quote.text} terms={terms} />
          {quote.partial && <span aria-hidden="true">…</span>}
        </p>
      </blockquote>
      {quote.partial && <p className="quote__badge">partial quote</p>}
    </>
  );
}

/** Who said it: name, role and side (the side also coloured, never by colour alone). */
export function QuoteSpeaker({
  person,
  fallbackId,
  terms,
}: {
  person: Person | undefined;
  fallbackId: string;
  terms: readonly string[];
}) {
  if (!person) return <p className="quote__speaker">{fallbackId}</p>;
  return (
    <p className="quote__speaker">
      <span className="quote__speaker-name" dir="auto">
        <HighlightedText text={person.name} terms={terms} />
      </span>
      <span className="quote__role" dir="auto">
        {person.role}
      </span>
      <span className={`quote__side quote__side--${person.side}`}>{sideLabels[person.side]}</span>
    </p>
  );
}

/** When it was said, at its known precision; an inferred date says so and why. */
export function QuoteDate({ quote }: { quote: Quote }) {
  const inferred = quote.inferred.find((i) => i.field === 'date');
  return (
    <span className="quote__date">
      <time dateTime={quote.date}>{formatDate(quote.date, quote.datePrecision)}</time>
      {inferred && (
        <details className="quote__inferred" onKeyDown={closeDetailsOnEscape}>
          <summary>date inferred</summary>
          <span dir="auto">{inferred.reasoning}</span>
        </details>
      )}
    </span>
  );
}

/** The article it comes from, citable: title (a link only for an http(s) URL), outlet and date. */
export function SourceRef({
  source,
  fallbackId,
}: {
  source: Source | undefined;
  fallbackId: string;
}) {
  if (!source) return <span className="quote__source">{fallbackId}</span>;
  return (
    <span className="quote__source" dir="auto">
      <SourceName source={source} />
      <span className="quote__publisher"> — {sourceByline(source)}</span>
    </span>
  );
}

/** The event the quote is about, as a button that selects it across the dashboard (or clears it). */
export function QuoteEvent({ event }: { event: EventRecord }) {
  const selected = useAppStore((s) => s.event === event.id);
  const selectEvent = useAppStore((s) => s.selectEvent);
  return (
    <p className="quote__event">
      <span className="quote__event-label">About:</span>{' '}
      <button
        type="button"
        aria-pressed={selected}
        onClick={() => selectEvent(selected ? null : event.id)}
      >
        {event.title}
      </button>
    </p>
  );
}
