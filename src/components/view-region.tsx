/** A landmark region with a visible heading: how each view is framed and found by screen readers. */
import { useId } from 'react';
import type { ReactNode } from 'react';
import { ViewErrorBoundary } from './error-boundary';

/** A named region (its heading is its accessible name) with an error boundary inside. */
export function ViewRegion({
  title,
  anchor,
  className,
  actions,
  busy = false,
  children,
}: {
  title: string;
  /** True while the view still shows what it showed before the last change. */
  busy?: boolean;
  /** The id the page's view switcher and skip links go to. */
  anchor?: string;
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      id={anchor}
      tabIndex={anchor ? -1 : undefined}
      className={`view ${className ?? ''}`}
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
    >
      <header className="view__header">
        <h2 id={headingId}>{title}</h2>
        {actions && <div className="view__actions">{actions}</div>}
      </header>
      <ViewErrorBoundary name={title}>{children}</ViewErrorBoundary>
    </section>
  );
}
