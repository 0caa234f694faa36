/** The loaded quote browser: controls, the live count, and the list or its empty state. */
import { memo } from 'react';
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
  return (
    <div className="quotes">
      <QuoteControls speakers={model.speakers} people={model.people} />
      <p className="quotes__count" role="status">
        {searching
          ? 'Searching…'
          : `${formatCount(model.shownCount)} of ${formatCount(model.total)} quotes${model.scopeWords ? `, ${model.scopeWords}` : ''}`}
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
