/** The chart's numbers as a table: the accessible alternative to the picture. */
import type { EventRecord } from '../../data/schemas';
import { formatSpan } from '../../domain/dates';
import type { SeriesRow } from '../../domain/cumulative-series';

const nf = new Intl.NumberFormat('en-GB');
const count = (n: number | undefined) => (n === undefined ? 'not reported' : nf.format(n));

/** One row per exchange day, with each side's size and running totals. */
export function ChartTable({
  rows,
  eventsById,
}: {
  rows: SeriesRow[];
  eventsById: ReadonlyMap<string, EventRecord>;
}) {
  return (
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
        {rows.flatMap((row) =>
          row.day.eventIds.map((id) => {
            const e = eventsById.get(id);
            if (!e) return null;
            return (
              <tr key={id}>
                <td>{formatSpan(e)}</td>
                <td>{e.title}</td>
                <td>{e.status}</td>
                <td>{count(e.toUkraine?.total)}</td>
                <td>{count(e.toRussia?.total)}</td>
                <td>{nf.format(row.ukraine)}</td>
                <td>{nf.format(row.russia)}</td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}
