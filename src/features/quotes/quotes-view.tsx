/** The quote browser view: what was said about the exchanges, searchable and linked to the events. */
import { useEffect } from 'react';
import { ViewShell } from '../../components/view-shell';
import { selectQuotesView } from '../../derived/quotes';
import { useInSight } from '../../components/use-in-sight';
import { selectLargeRecord, useDerived, useSightedDerived } from '../../derived/use-derived';
import { useReportRendered } from '../../instrumentation/render-marks';
import { useAppStore } from '../../state/store';
import { QuoteBrowser } from './quote-browser';
import './quotes.css';

/** The "Quotes" region of the dashboard. */
export function QuotesView() {
  const { value: state, stale } = useSightedDerived(
    selectQuotesView,
    useInSight('quotes', useDerived(selectLargeRecord)),
  );
  const showQuoteBrowser = useAppStore((s) => s.showQuoteBrowser);
  useEffect(showQuoteBrowser, [showQuoteBrowser]);
  useReportRendered('quotes', state.status !== 'loading');
  return (
    <ViewShell
      title="Quotes"
      anchor="quotes"
      className="view--quotes"
      loading="quotes"
      state={state}
      busy={stale}
    >
      {(model) => <QuoteBrowser model={model} />}
    </ViewShell>
  );
}
