/** Stage sums against agreement totals and per-side counts, and dates in an order the text allows. */
import type { Dataset, DatePrecision, EventRecord } from './schemas';
import type { Problem } from './problems';
import { sideLabels, sides, at } from './integrity-shared';
import type { MakeProblem } from './integrity-shared';

/** An agreement's stages add up to what it promises, and every headcount's parts fit its total. */
export function checkStageSums(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  dataset.events.forEach((event, index) => {
    const make = at('events.json', event, index);
    for (const side of sides) {
      const count = event[side];
      if (!count) continue;
      const { soldiers, civilians, total } = count;
      const parts = (soldiers ?? 0) + (civilians ?? 0);
      if (soldiers !== undefined && civilians !== undefined && parts !== total)
        problems.push(
          make(
            'error',
            `${side}.total`,
            `soldiers ${soldiers} + civilians ${civilians} = ${parts}, but total is ${total}`,
          ),
        );
      else if (parts > total)
        problems.push(
          make(
            'error',
            `${side}.total`,
            `${soldiers === undefined ? 'civilians' : 'soldiers'} ${parts} exceed total ${total}`,
          ),
        );
    }
    if (event.type === 'agreement') problems.push(...agreementSums(dataset.events, event, make));
  });
  return problems;
}

function agreementSums(
  events: EventRecord[],
  agreement: EventRecord,
  make: MakeProblem,
): Problem[] {
  const problems: Problem[] = [];
  const stages = events.filter((e) => e.type === 'exchange' && e.agreementId === agreement.id);
  for (const side of sides) {
    const promised = agreement[side]?.total;
    if (promised === undefined) continue;
    const sum = (status: EventRecord['status']) =>
      stages.filter((s) => s.status === status).reduce((n, s) => n + (s[side]?.total ?? 0), 0);
    const confirmed = sum('confirmed');
    const expected = sum('expected');
    const label = `agreement "${agreement.id}" promises ${promised} ${sideLabels[side]}`;
    // Civilians are sometimes returned alongside a deal's prisoners (6 Mar 2026: 300 servicemen
    // and 2 civilians): an overflow they explain is worth a look, not an error.
    const civilians = stages
      .filter((st) => st.status === 'confirmed')
      .reduce((n, st) => n + (st[side]?.civilians ?? 0), 0);
    if (confirmed - civilians > promised) {
      problems.push(
        make(
          'error',
          `${side}.total`,
          `${label}, but its confirmed stages already add up to ${confirmed}`,
        ),
      );
    } else if (confirmed + expected !== promised) {
      const gap = promised - confirmed - expected;
      const note = gap > 0 ? `${gap} unaccounted for` : `${-gap} more than promised`;
      problems.push(
        make(
          'warning',
          `${side}.total`,
          `${label}; confirmed stages add up to ${confirmed}, expected stages to ${expected} (${note})`,
        ),
      );
    }
  }
  return problems;
}

/** Dates run forwards: spans end after they start, and nothing happens before what caused it. */
export function checkDates(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const eventsById = new Map(dataset.events.map((e) => [e.id, e]));
  dataset.events.forEach((event, index) => {
    const make = at('events.json', event, index);
    if (event.endDate !== undefined && event.endDate < event.date)
      problems.push(
        make('error', 'endDate', `ends ${event.endDate}, before it starts (${event.date})`),
      );
    for (const field of ['agreementId', 'talksId'] as const) {
      const cause = eventsById.get(event[field] ?? '');
      if (cause && definitelyBefore(event, cause))
        problems.push(
          make(
            'error',
            'date',
            `${describeDate(event)} is before the ${cause.type} "${cause.id}" it implements (${describeDate(cause)})`,
          ),
        );
    }
    if (event.type !== 'exchange' || event.status !== 'expected' || !event.agreementId) return;
    for (const other of dataset.events) {
      if (
        other.type !== 'exchange' ||
        other.status !== 'confirmed' ||
        other.agreementId !== event.agreementId
      )
        continue;
      if (definitelyBefore(event, other))
        problems.push(
          make(
            'error',
            'date',
            `expected exchange dated ${describeDate(event)} is before confirmed exchange "${other.id}" (${describeDate(other)}) of the same agreement "${event.agreementId}"`,
          ),
        );
    }
  });
  return problems;
}

// True only when every day `a` could mean is before every day `b` could mean, so a month-precision
// date never conflicts with a day inside that month.
function definitelyBefore(a: EventRecord, b: EventRecord): boolean {
  return lastPossibleDay(a.date, a.datePrecision) < b.date;
}

function lastPossibleDay(date: string, precision: DatePrecision): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const end =
    precision === 'day'
      ? new Date(Date.UTC(y, m - 1, d))
      : precision === 'week'
        ? new Date(Date.UTC(y, m - 1, d + 6))
        : precision === 'month'
          ? new Date(Date.UTC(y, m, 0))
          : new Date(Date.UTC(y, 11, 31));
  return end.toISOString().slice(0, 10);
}

function describeDate(event: EventRecord): string {
  return event.datePrecision === 'day' ? event.date : `${event.date} (${event.datePrecision})`;
}
