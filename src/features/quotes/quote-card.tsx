/** One statement: its wording, who said it, when, where it was reported, and its other wordings. */
import type { QuoteGroup } from '../../domain/quote-filter';
import type { Quote } from '../../data/schemas';
import { formatDate } from '../../domain/dates';
import { CopyLink } from '../../components/copy-link';
import { quoteLinkUrl } from './quote-link';
import { HighlightedText } from './highlighted-text';
import { quoteDomId } from './labels';
import { QuoteDate, QuoteEvent, QuoteSpeaker, QuoteText, SourceRef } from './quote-parts';
import type { QuoteListModel } from '../../derived/quotes';

/** The article's own words around the quote (its attribution, or the sentence holding it), where kept. */
function QuoteContext({ quote, terms }: { quote: Quote; terms: readonly string[] }) {
  if (!quote.context) return null;
  return (
    <p className="quote__context" dir="auto">
      Around it in the article: “<HighlightedText text={quote.context} terms={terms} />”
    </p>
  );
}

/** Another report of the same statement, in its own wording and from its own source. */
function Variant({
  quote,
  model,
  linked,
}: {
  quote: Quote;
  model: QuoteListModel;
  linked: boolean;
}) {
  return (
    <li
      id={quoteDomId(quote.id)}
      className={linked ? 'quote__variant quote--linked' : 'quote__variant'}
      aria-current={linked ? 'true' : undefined}
    >
      {linked && <p className="quote__linked-badge">Linked quote</p>}
      <QuoteText quote={quote} terms={model.terms} />
      <QuoteContext quote={quote} terms={model.terms} />
      <QuoteMeta quote={quote} model={model} />
      <CopyLink url={() => quoteLinkUrl(quote.id)} />
    </li>
  );
}

/** When it was said and in which article: the same line on a card and on each other wording. */
function QuoteMeta({ quote, model }: { quote: Quote; model: QuoteListModel }) {
  return (
    // A div, not a p: the inferred date's note is a <details>, which a paragraph cannot hold.
    <div className="quote__meta">
      <QuoteDate quote={quote} />
      <span>
        Source: <SourceRef source={model.sources.get(quote.sourceId)} fallbackId={quote.sourceId} />
      </span>
    </div>
  );
}

/** A quote card; `linked` is the id of the quote a shared link points at, if any. */
export function QuoteCard({
  group,
  model,
  linked,
  hintId,
}: {
  group: QuoteGroup;
  model: QuoteListModel;
  linked: string | null;
  /** The id of the text that tells how to move through the list of cards. */
  hintId?: string;
}) {
  const { quote, variants } = group;
  const person = model.people.get(quote.speakerId);
  const event = quote.eventId === null ? undefined : model.events.byId.get(quote.eventId)?.event;
  const isLinked = linked === quote.id;
  const label = `Quote by ${person?.name ?? quote.speakerId}, ${formatDate(quote.date, quote.datePrecision)}`;
  return (
    <article
      id={quoteDomId(quote.id)}
      className={isLinked ? 'quote quote--linked' : 'quote'}
      aria-label={label}
      aria-describedby={hintId}
      aria-current={isLinked ? 'true' : undefined}
    >
      {isLinked && <p className="quote__linked-badge">Linked quote</p>}
      <QuoteText quote={quote} terms={model.terms} />
      <QuoteContext quote={quote} terms={model.terms} />
      <QuoteSpeaker person={person} fallbackId={quote.speakerId} terms={model.terms} />
      <QuoteMeta quote={quote} model={model} />
      {event && <QuoteEvent event={event} />}
      <CopyLink url={() => quoteLinkUrl(quote.id)} />
      {variants.length > 0 && (
        <div className="quote__variants">
          <p className="quote__variants-title">Also reported as:</p>
          <ul>
            {variants.map((v) => (
              <Variant key={v.id} quote={v} model={model} linked={linked === v.id} />
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
