import type { ReactNode } from 'react';

/** What a view says when the filter leaves it nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
