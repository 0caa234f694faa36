/** Confirmed or expected, said in words and shape as well as colour. */
import type { EventStatus } from '../../data/schemas';

/** A status badge; expected ones are dashed and carry a hollow mark. */
export function StatusBadge({ status }: { status: EventStatus }) {
  return (
    <span className={`event-status event-status--${status}`}>
      <span aria-hidden="true">{status === 'confirmed' ? '● ' : '◌ '}</span>
      {status === 'confirmed' ? 'Confirmed' : 'Expected'}
    </span>
  );
}
