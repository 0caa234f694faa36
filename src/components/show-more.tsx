/** The button that grows a long list by a page, saying how many it adds and how many are left. */
import { formatCount } from '../domain/format-number';

export function ShowMore({
  className,
  hidden,
  step,
  onClick,
}: {
  className: string;
  /** Items not shown yet. */
  hidden: number;
  /** Items one click adds, at most. */
  step: number;
  onClick: () => void;
}) {
  if (hidden <= 0) return null;
  // "Show more (100 of 129 not shown)" read as a contradiction: what a click adds, then what is left.
  return (
    <button type="button" className={className} onClick={onClick}>
      {hidden <= step
        ? `Show the last ${formatCount(hidden)}`
        : `Show ${formatCount(step)} more (${formatCount(hidden)} left)`}
    </button>
  );
}
