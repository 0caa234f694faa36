/** The chart's numbers as a table: the accessible alternative to the picture. */
import type { PreparedEvent } from '../../domain/event-index';
import { formatSpan } from '../../domain/dates';
import type { SeriesRow } from '../../domain/cumulative-series';
import { formatCount } from '../../domain/format-number';

const count = (n: number | undefined) => (n === undefined ? 'not reported' : formatCount(n));

/** More rows than a person reads in a table; the CSV download has them all. */
const maxRows = 500;

/** One row per exchange, with each side's size and the running totals of its day. */
export function ChartTable({
  rows,
  eventsById,
}: {
  rows: SeriesRow[];
  eventsById: ReadonlyMap<string, PreparedEvent>;
}) {
  const lines = rows.flatMap((row) => row.day.eventIds.map((id) => ({ row, id })));
  return (
    <>
      <table className="chart-table">
        <caption>People returned per exchange, with running confirmed totals</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Exchange</th>
            <th scope="col">Status</th>
            <th scope="col">To Ukraine (people)</th>
            <th scope="col">To Russia (people)</th>
            <th scope="col">Total to Ukraine</th>
            <th scope="col">Total to Russia</th>
          </tr>
        </thead>
        <tbody>
          {lines.slice(0, maxRows).map(({ row, id }) => {
            const e = eventsById.get(id)?.event;
            if (!e) return null;
            return (
              <tr key={id}>
                <td>{formatSpan(e)}</td>
                <td>{e.title}</td>
                <td>{e.status}</td>
                <td>{count(e.toUkraine?.total)}</td>
                <td>{count(e.toRussia?.total)}</td>
                <td>{formatCount(row.ukraine)}</td>
                <td>{formatCount(row.russia)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {lines.length > maxRows && (
        <p className="chart-note">
          The first {formatCount(maxRows)} of {formatCount(lines.length)} exchanges; narrow the
          range, or download the events shown as CSV for all of them.
        </p>
      )}
    </>
  );
}
