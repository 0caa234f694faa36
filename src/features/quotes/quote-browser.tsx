/** The loaded quote browser: controls, the live count, and the list or its empty state. */
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectFilterWords } from '../../derived/selection';
import { useDerived } from '../../derived/use-derived';
import { useAppStore } from '../../state/store';
import { QuoteControls } from './quote-controls';
import { QuoteEmpty } from './quote-empty';
import { QuoteList } from './quote-list';
import type { QuoteListModel } from '../../derived/quotes';
import { formatCount } from '../../domain/format-number';

/** Browses the quotes of a ready list with the store's filters. */
// Memoised on the model: a view kept out of sight re-renders its region, not its body.
export const QuoteBrowser = memo(function QuoteBrowser({ model }: { model: QuoteListModel }) {
  // Nothing to show yet is not "nothing matches": say so until the answer comes.
  const searching = model.stale && model.groups.length === 0;
  const scope = useScopeWords(model);
  return (
    <div className="quotes">
      <QuoteControls speakers={model.speakers} people={model.people} />
      <p className="quotes__count" role="status">
        {searching
          ? 'Searching…'
          : `${formatCount(model.shownCount)} of ${formatCount(model.total)} quotes${scope}`}
      </p>
      {model.searchFailed !== null && (
        <p className="quotes__search-failed" role="alert">
          The search could not run: {model.searchFailed}. The quotes below are not searched; typing
          tries again, as does reloading the page.
        </p>
      )}
      {/* Busy while a search answer is on its way (a large index builds in a worker, for
          seconds); only the results, so the field being typed in and the live count are not. */}
      <div className="quotes__results" aria-busy={model.stale}>
        {model.groups.length === 0 && !model.stale && model.searchFailed === null && (
          <QuoteEmpty model={model} />
        )}
        <QuoteList model={model} />
      </div>
    </div>
  );
});

/**
 * Which events the quotes are limited to, when an event, place or mediator is chosen: the list
 * shrinks to those events' quotes, which the count alone did not say ("14 of 127 quotes").
 */
function useScopeWords(model: QuoteListModel): string {
  const { event, venue, mediator } = useAppStore(
    useShallow((s) => ({ event: s.event, venue: s.venue, mediator: s.mediator })),
  );
  const words = useDerived(selectFilterWords);
  if (event !== null) {
    const title = model.events.byId.get(event)?.event.title ?? event;
    return `, about “${title}” and its deal`;
  }
  if (venue !== null) return `, about events tied to ${words.place ?? venue}`;
  if (mediator !== null) return `, about events mediated by ${words.mediator ?? mediator}`;
  return '';
}
