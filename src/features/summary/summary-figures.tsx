/** The headline figures for the current filter: people returned per side, exchanges, quotes shown. */
import { IncompleteNote } from '../../components/view-shell';
import { selectShownQuoteCount, selectSummaryView } from '../../derived/summary';
import { useDerived } from '../../derived/use-derived';
import { formatCount } from '../../domain/format-number';
import './summary.css';

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        <span className="figure__value">{value}</span>
        {detail && <span className="figure__detail">{detail}</span>}
      </dd>
    </div>
  );
}

export function SummaryFigures() {
  const state = useDerived(selectSummaryView);
  const quotes = useDerived(selectShownQuoteCount);
  if (state.status !== 'ready') {
    return (
      <p className="summary summary--pending" role="status">
        {state.status === 'loading'
          ? 'Loading figures…'
          : 'Figures unavailable: the events file could not be used.'}
      </p>
    );
  }
  const s = state.model;
  const expected = (n: number) => (n > 0 ? `+ ${formatCount(n)} expected` : 'none expected');
  return (
    <div className="summary-block">
      <dl className="summary" aria-label="Summary for the current filter" aria-live="polite">
        <Figure
          label="Returned to Ukraine"
          value={`${formatCount(s.toUkraine.confirmed)} people`}
          detail={expected(s.toUkraine.expected)}
        />
        <Figure
          label="Returned to Russia"
          value={`${formatCount(s.toRussia.confirmed)} people`}
          detail={expected(s.toRussia.expected)}
        />
        <Figure
          label="Exchanges"
          value={formatCount(s.exchanges.confirmed)}
          detail={`confirmed${s.exchanges.expected > 0 ? `, ${formatCount(s.exchanges.expected)} expected` : ''}${s.exchangesWithUnknownSize > 0 ? `; ${s.exchangesWithUnknownSize} of unreported size` : ''}`}
        />
        <Figure label="Quotes shown" value={quotes === null ? '…' : formatCount(quotes)} />
      </dl>
      <IncompleteNote count={state.leftOut} />
    </div>
  );
}
