/** The loaded quote browser: controls, the live count, and the list or its empty state. */
import { QuoteControls } from './quote-controls';
import { QuoteEmpty } from './quote-empty';
import { QuoteList } from './quote-list';
import { useQuoteModel } from './quote-model';
import type { ReadyQuoteList } from './quote-model';

/** Browses the quotes of a ready list with the store's filters. */
export function QuoteBrowser({ ready }: { ready: ReadyQuoteList }) {
  const model = useQuoteModel(ready);
  return (
    <div className="quotes">
      <QuoteControls speakers={model.speakers} people={model.people} />
      <p className="quotes__count" role="status">
        {model.shown.length} of {model.total} quotes
      </p>
      {model.groups.length === 0 && <QuoteEmpty model={model} />}
      <QuoteList model={model} />
    </div>
  );
}
