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
  return (
    <button type="button" className={className} onClick={onClick}>
      Show more ({formatCount(Math.min(step, hidden))} of {formatCount(hidden)} not shown)
    </button>
  );
}
