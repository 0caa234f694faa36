/** The button that grows a long list by a page, saying how many it adds and how many are left. */
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
      Show more ({Math.min(step, hidden).toLocaleString('en-GB')} of{' '}
      {hidden.toLocaleString('en-GB')} not shown)
    </button>
  );
}
