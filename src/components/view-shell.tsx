/**
 * Every view's frame and states, drawn one way: a named region whose body is loading, an error
 * panel (file › record › field, with Retry), an empty state, or the view itself, with a plain note
 * when records its figures depend on were left out.
 */
import type { ReactNode } from 'react';
import type { ViewState } from '../data/use-dataset';
import { formatCount } from '../domain/format-number';
import { EmptyState } from './empty-state';
import { ErrorPanel } from './error-panel';
import { Loading } from './loading';
import { ViewRegion } from './view-region';

/** The id of the page's list of records left out, which incomplete figures link to. */
export const leftOutListId = 'left-out';

/** Says that figures miss some records, with a link to the list of them. */
export function IncompleteNote({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="incomplete-note">
      Incomplete: {formatCount(count)} {count === 1 ? 'record' : 'records'} left out —{' '}
      <a href={`#${leftOutListId}`}>see the list</a>.
    </p>
  );
}

/** One view: its region, and its body for each state. */
export function ViewShell<M>({
  title,
  anchor,
  className,
  actions,
  state,
  loading,
  empty,
  busy,
  children,
}: {
  title: string;
  /** The id the page's view switcher goes to. */
  anchor?: string;
  className?: string;
  actions?: ReactNode;
  state: ViewState<M>;
  /** What is loading, for "Loading …". */
  loading: string;
  /** What to say instead of the view when the model has nothing to show; null when it has. */
  empty?: (model: M) => ReactNode | null;
  /** True while the view still shows its model from before the last change. */
  busy?: boolean;
  children: (model: M) => ReactNode;
}) {
  let body: ReactNode;
  if (state.status === 'loading') body = <Loading what={loading} />;
  else if (state.status === 'error')
    body = <ErrorPanel title={title} problems={state.problems} onRetry={state.retry} />;
  else {
    const nothing = empty?.(state.model) ?? null;
    body = (
      <>
        <IncompleteNote count={state.leftOut} />
        {nothing === null ? children(state.model) : <EmptyState>{nothing}</EmptyState>}
      </>
    );
  }
  return (
    <ViewRegion title={title} anchor={anchor} className={className} actions={actions} busy={busy}>
      {body}
    </ViewRegion>
  );
}
