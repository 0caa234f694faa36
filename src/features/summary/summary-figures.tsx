/**
 * The headline figures for the current filter: what the record holds (people returned per side,
 * exchanges, quotes shown) and, beside it, what officials stated, so the gap is visible.
 */
import { IncompleteNote } from '../../components/view-shell';
import type { Official } from '../../derived/official';
import { selectShownQuoteCount, selectSummaryView } from '../../derived/summary';
import { useDerived } from '../../derived/use-derived';
import { formatDate } from '../../domain/dates';
import { formatCount } from '../../domain/format-number';
import { useAppStore } from '../../state/store';
import { FilterLine } from './filter-line';
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

/** "Officially stated by 11 Mar 2026: more than 8,050 (Coordination Headquarters)". */
function OfficialLine({ official, recorded }: { official: Official; recorded: number | null }) {
  const { returned, coverage } = official;
  if (!returned && coverage.highest === 0) return null;
  return (
    <p className="summary-official">
      {returned && (
        <>
          Officially stated by {formatDate(returned.asOf, returned.datePrecision)}:{' '}
          <strong>
            {returned.moreThan ? 'more than ' : ''}
            {formatCount(returned.figure)}
          </strong>{' '}
          people returned to Ukraine since February 2022 ({returned.statedBy}).{' '}
          {recorded !== null &&
            returned.figure > recorded &&
            `The record holds ${formatCount(recorded)} of them by that day: the rest were returned in exchanges whose figures the stored reports do not give. `}
        </>
      )}
      {coverage.highest > 0 &&
        `${formatCount(coverage.recorded)} of ${formatCount(coverage.highest)} exchanges in Kyiv's official numbering are identified here.`}
    </p>
  );
}

export function SummaryFigures() {
  const state = useDerived(selectSummaryView);
  const quotes = useDerived(selectShownQuoteCount);
  const showBodies = useAppStore((st) => st.bodies);
  if (state.status !== 'ready') {
    return (
      <p className="summary summary--pending" role="status">
        {state.status === 'loading'
          ? 'Loading figures…'
          : 'Figures unavailable: the events file could not be used.'}
      </p>
    );
  }
  const { summary: s, official, recordedAtStatement } = state.model;
  const expected = (n: number) => (n > 0 ? `+ ${formatCount(n)} expected` : 'none expected');
  const exchangeDetail = [
    `confirmed${s.exchanges.expected > 0 ? `, ${formatCount(s.exchanges.expected)} expected` : ''}`,
    s.releases > 0 ? `${formatCount(s.releases)} one-way releases` : '',
    s.exchangesWithUnknownSize > 0 ? `${s.exchangesWithUnknownSize} of unreported size` : '',
    s.disputed > 0 ? `${formatCount(s.disputed)} with figures in dispute` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <div className="summary-block">
      <FilterLine />
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
          detail={exchangeDetail}
        />
        <Figure label="Quotes shown" value={quotes === null ? '…' : formatCount(quotes)} />
        {showBodies && (
          <Figure
            label="Bodies repatriated"
            value={formatCount(s.bodies.toUkraine + s.bodies.toRussia)}
            detail={`${formatCount(s.bodies.toUkraine)} to Ukraine, ${formatCount(s.bodies.toRussia)} to Russia, in ${formatCount(s.bodies.handovers)} handovers (not counted above)`}
          />
        )}
      </dl>
      {official && <OfficialLine official={official} recorded={recordedAtStatement} />}
      <IncompleteNote count={state.leftOut} />
    </div>
  );
}
