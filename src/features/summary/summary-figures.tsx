/**
 * The headline figures for the current filter: what the record holds (people returned per side,
 * exchanges, quotes shown) and, beside it, what officials stated, so the gap is visible.
 */
import type { ReactNode } from 'react';
import { IncompleteNote } from '../../components/view-shell';
import type { Official } from '../../derived/official';
import type { Tally } from '../../data/schemas';
import { selectShownQuoteCount, selectSummaryView } from '../../derived/summary';
import { useDerived } from '../../derived/use-derived';
import { formatDate } from '../../domain/dates';
import { countOf, formatCount } from '../../domain/format-number';
import { useAppStore } from '../../state/store';
import { FilterLine } from './filter-line';
import './summary.css';

function Figure({
  label,
  value,
  detail,
  children,
  className,
}: {
  label: string;
  className?: string;
  value: string;
  detail?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`figure ${className ?? ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="figure__value">{value}</span>
        {detail && <span className="figure__detail">{detail}</span>}
        {children}
      </dd>
    </div>
  );
}

/**
 * Who stated the official figure and why the record holds fewer, one tap away: the figure itself
 * is on the card, and the explanation would push the chart off a phone's first screen.
 */
function OfficialLine({ official, recorded }: { official: Official; recorded: number | null }) {
  const { returned, returnedByBody: byBody, coverage } = official;
  if (!returned && coverage.highest === 0) return null;
  const stated = (t: Tally) => `${t.moreThan ? 'more than ' : ''}${formatCount(t.figure)}`;
  const figure = returned && stated(returned);
  const by = returned && formatDate(returned.asOf, returned.datePrecision);
  // Whose count it is: the latest statement is the Ombudsman's in one period and the
  // headquarters' in the next, and their figures differ by a thousand. (On the card, where a
  // phone has no line to spare, it is one tap away.)
  // The latest statement is its own body's latest: the one of the per-body list it is.
  const whose = byBody.find((b) => b.tally === returned);
  const who = whose && whose.body !== 'other' ? ` (${whose.short})` : '';
  return (
    <details className="summary-official">
      <summary>
        {!returned
          ? "Kyiv's official numbering of the exchanges"
          : recorded !== null
            ? `officially ${figure} by ${by}`
            : `Officially stated: ${figure} returned to Ukraine since February 2022, by ${by}${who}`}
      </summary>
      <p>
        {returned && (
          <>
            Officially stated by {by}: <strong>{figure}</strong> people returned to Ukraine since
            February 2022 ({returned.statedBy}).{' '}
            {recorded !== null &&
              returned.figure > recorded &&
              `The record holds ${formatCount(recorded)} of them by that day: the rest were returned in exchanges whose figures the stored reports do not give. `}
          </>
        )}
        {byBody.length > 1 &&
          `Each body counts in its own way; the latest each stated by then: ${byBody
            .map(
              ({ body, short, tally }) =>
                `${body === 'other' ? 'other officials' : short} ${stated(tally)} (${formatDate(tally.asOf, tally.datePrecision)})`,
            )
            .join(' · ')}. `}
        {coverage.highest > 0 &&
          `${formatCount(coverage.recorded)} of ${formatCount(coverage.highest)} exchanges in Kyiv's official numbering are identified here.`}
      </p>
    </details>
  );
}

/** "1 size unreported", "7 sizes unreported". */
const sizesUnreported = (n: number) => `${formatCount(n)} ${n === 1 ? 'size' : 'sizes'} unreported`;

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
  // A side's total counts only the exchanges that give its figure: with none, it is unknown, not
  // 0 people; with some missing, the card says how many. Announced exchanges ("expected" read as
  // a forecast) are named only when there are any: a phone's first screen has no line to spare.
  const side = (people: { confirmed: number; expected: number }, unreported: number) => ({
    value:
      people.confirmed === 0 && unreported > 0
        ? 'not reported'
        : `${formatCount(people.confirmed)} people`,
    detail: [
      unreported > 0 ? sizesUnreported(unreported) : '',
      people.expected > 0 ? `+ ${formatCount(people.expected)} announced, unconfirmed` : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
  const toUkraine = side(s.toUkraine, s.unreported.toUkraine);
  const toRussia = side(s.toRussia, s.unreported.toRussia);
  // Beside our figure when like for like (counted from the start, as officials count); else below,
  // as context.
  const officialLine = official && (
    <OfficialLine official={official} recorded={recordedAtStatement} />
  );
  const beside = recordedAtStatement !== null;
  // Its parts add up to the figure, so it can be told apart from counts that include bodies.
  const exchangeDetail = [
    `confirmed: ${countOf(s.exchanges.confirmed - s.releases, 'swap')}${
      s.releases > 0 ? `, ${countOf(s.releases, 'one-way release')}` : ''
    }`,
    s.exchanges.expected > 0 ? `${formatCount(s.exchanges.expected)} announced, unconfirmed` : '',
    s.exchangesWithUnknownSize > 0 ? sizesUnreported(s.exchangesWithUnknownSize) : '',
    s.disputed > 0 ? `${countOf(s.disputed, 'figure')} disputed` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <div className="summary-block">
      <FilterLine />
      <dl className="summary" aria-label="Summary for the current filter" aria-live="polite">
        <Figure label="Returned to Ukraine" value={toUkraine.value} detail={toUkraine.detail}>
          {beside && officialLine}
        </Figure>
        <Figure label="Returned to Russia" value={toRussia.value} detail={toRussia.detail} />
        <Figure
          className="figure--exchanges"
          label="Exchanges of people"
          value={formatCount(s.exchanges.confirmed)}
          detail={exchangeDetail}
        />
        <Figure
          className="figure--quotes"
          label="Quotes shown"
          value={quotes === null ? '…' : formatCount(quotes)}
        />
        {showBodies && (
          <Figure
            label="Bodies repatriated"
            value={formatCount(s.bodies.toUkraine + s.bodies.toRussia)}
            detail={`${formatCount(s.bodies.toUkraine)} to Ukraine, ${formatCount(s.bodies.toRussia)} to Russia, in ${formatCount(s.bodies.handovers)} handovers (not counted above)`}
          />
        )}
      </dl>
      {!beside && officialLine}
      <IncompleteNote count={state.leftOut} />
    </div>
  );
}
