/** The quote browser view: what was said about the exchanges, searchable and linked to the events. */
import { ViewShell } from '../../components/view-shell';
import { useQuoteBrowserShown } from '../../derived/quote-search-answer';
import { selectQuotesView } from '../../derived/quotes';
import { useDerived } from '../../derived/use-derived';
import { useReportRendered } from '../../instrumentation/render-marks';
import { QuoteBrowser } from './quote-browser';
import './quotes.css';

/** The "Quotes" region of the dashboard. */
export function QuotesView() {
  const state = useDerived(selectQuotesView);
  useQuoteBrowserShown();
  useReportRendered('quotes', state.status !== 'loading');
  return (
    <ViewShell
      title="Quotes"
      anchor="quotes"
      className="view--quotes"
      loading="quotes"
      state={state}
    >
      {(model) => <QuoteBrowser model={model} />}
    </ViewShell>
  );
}
