/** The quote browser view: what was said about the exchanges, searchable and linked to the events. */
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { ViewRegion } from '../../components/view-region';
import { useQuoteList } from '../../model/use-quote-list';
import { useReportRendered } from '../../model/render-marks';
import { QuoteBrowser } from './quote-browser';
import './quotes.css';

/** The "Quotes" region of the dashboard. */
export function QuotesView() {
  const { data, list, terms, stale } = useQuoteList();
  useReportRendered('quotes', data.status !== 'loading');
  return (
    <ViewRegion title="Quotes" className="view--quotes">
      {data.status === 'loading' && <Loading what="quotes" />}
      {data.status === 'error' && (
        <ErrorPanel title="Quotes" problems={data.problems} onRetry={data.retry} />
      )}
      {data.status === 'ready' && list && (
        <QuoteBrowser ready={{ data: data.data, list, terms, stale }} />
      )}
    </ViewRegion>
  );
}
