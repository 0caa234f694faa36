/** The headline figures for the current filter: people returned per side, exchanges, quotes shown. */
import { useShallow } from 'zustand/react/shallow';
import { eventIndexOf, summaryOf, visibleEventsOf } from '../../model/derived';
import { useShownQuoteCount } from '../../model/use-quote-list';
import { useViewData } from '../../model/use-view-data';
import { useAppStore } from '../../state/store';
import './summary.css';

const nf = new Intl.NumberFormat('en-GB');
const files = ['events'] as const;

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
  const { from, to, venue } = useAppStore(
    useShallow((s) => ({ from: s.from, to: s.to, venue: s.venue })),
  );
  const data = useViewData(files);
  const quotes = useShownQuoteCount();
  if (data.status !== 'ready') {
    return (
      <p className="summary summary--pending" role="status">
        {data.status === 'loading'
          ? 'Loading figures…'
          : 'Figures unavailable: the events file could not be used.'}
      </p>
    );
  }
  const s = summaryOf(visibleEventsOf(eventIndexOf(data.data.events ?? []), from, to, venue));
  const expected = (n: number) => (n > 0 ? `+ ${nf.format(n)} expected` : 'none expected');
  return (
    <dl className="summary" aria-label="Summary for the current filter" aria-live="polite">
      <Figure
        label="Returned to Ukraine"
        value={`${nf.format(s.toUkraine.confirmed)} people`}
        detail={expected(s.toUkraine.expected)}
      />
      <Figure
        label="Returned to Russia"
        value={`${nf.format(s.toRussia.confirmed)} people`}
        detail={expected(s.toRussia.expected)}
      />
      <Figure
        label="Exchanges"
        value={nf.format(s.exchanges.confirmed)}
        detail={`confirmed${s.exchanges.expected > 0 ? `, ${nf.format(s.exchanges.expected)} expected` : ''}${s.exchangesWithUnknownSize > 0 ? `; ${s.exchangesWithUnknownSize} of unreported size` : ''}`}
      />
      <Figure label="Quotes shown" value={quotes === null ? '…' : nf.format(quotes)} />
    </dl>
  );
}
