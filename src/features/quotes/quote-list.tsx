/** The list of quote cards: the first page, "Show more quotes", and the quote a link points at. */
import { useEffect, useId, useRef, useState } from 'react';
import { useFocusAfterRender } from '../../components/use-focus-after-render';
import { useRovingFocus } from '../../components/use-roving-focus';
import { useAppStore } from '../../state/store';
import { quoteDomId, quoteFirstPage, quotePageSize } from './labels';
import { QuoteCard } from './quote-card';
import type { QuoteListModel } from '../../derived/quotes';
import { formatCount } from '../../domain/format-number';

/**
 * Where the linked quote is: in the rendered page, further down the list, or outside the filters.
 * An id the data lacks renders nothing here: the app drops it from the link with a notice.
 */
function placeLinked(model: QuoteListModel, linked: string | null, count: number) {
  if (linked === null) return { rendered: false, pinned: null, note: null };
  const at = model.groups.indexOf(linked);
  if (at >= 0 && at < count) return { rendered: true, pinned: null, note: null };
  const group = at >= 0 ? model.groups.first(at + 1)[at] : undefined;
  if (group) return { rendered: true, pinned: group, note: 'further down the list' };
  const quote = model.quotesById.get(linked);
  if (!quote) return { rendered: false, pinned: null, note: null };
  return { rendered: true, pinned: { quote, variants: [] }, note: 'outside the current filters' };
}

/** Renders the groups page by page; the linked quote is always rendered, scrolled to and marked once. */
export function QuoteList({ model }: { model: QuoteListModel }) {
  const linked = useAppStore((s) => s.quote);
  // The page count belongs to one list: a new search or filter starts again from the first page.
  const [page, setPage] = useState({ groups: model.groups, count: quoteFirstPage });
  const count = page.groups === model.groups ? page.count : quoteFirstPage;
  const { rendered, pinned, note } = placeLinked(model, linked, count);

  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!rendered || linked === null || scrolledTo.current === linked) return;
    const element = document.getElementById(quoteDomId(linked));
    if (!element) return;
    scrolledTo.current = linked;
    // jsdom has no layout and no scrollIntoView.
    if (typeof element.scrollIntoView === 'function') {
      element.scrollIntoView({ block: 'center' });
    }
  }, [linked, rendered]);

  // All the cards are one Tab stop: arrows move between them, Enter opens onto a card's links.
  const roving = useRovingFocus<HTMLDivElement>({
    items: 'article.quote',
    current: '[aria-current="true"]',
  });
  const hintId = useId();
  const focusLater = useFocusAfterRender();
  const showMore = () => {
    // The next page goes below the cards read so far, and focus to the first new card.
    const next = model.groups.first(count + 1)[count];
    focusLater(next ? quoteDomId(next.quote.id) : null);
    setPage({ groups: model.groups, count: count + quotePageSize });
  };

  const remaining = model.groups.length - count;
  return (
    <>
      {(pinned || model.groups.length > 0) && (
        <p id={hintId} className="quote-list__keys keys-hint">
          Keys: ↑ ↓ move between quotes; Enter goes to a quote&apos;s links, Escape back.
        </p>
      )}
      <div className="quote-list__items" {...roving}>
        {pinned && (
          <div className="quote-list__pinned">
            <p className="quote-list__note">From your link ({note}):</p>
            <QuoteCard group={pinned} model={model} linked={linked} hintId={hintId} />
          </div>
        )}
        {model.groups.length > 0 && (
          <ol className="quote-list">
            {model.groups.first(count).map((g) => (
              <li key={g.quote.id}>
                <QuoteCard group={g} model={model} linked={linked} hintId={hintId} />
              </li>
            ))}
          </ol>
        )}
      </div>
      {remaining > 0 && (
        <p className="quote-list__more">
          <button type="button" onClick={showMore}>
            Show more quotes
          </button>{' '}
          <span className="quote-list__more-count">
            {formatCount(Math.min(count, model.groups.length))} of{' '}
            {formatCount(model.groups.length)} statements shown
          </span>
        </p>
      )}
    </>
  );
}
