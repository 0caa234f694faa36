/**
 * The quote browser as a chunk of its own: it sits below the chart and is never part of the
 * prerendered page, so its code (the list, the cards, the controls) is fetched after the first
 * screen's. The placeholder holds the view's region, name and height, so nothing moves when it
 * arrives.
 */
import { lazy, Suspense } from 'react';
import { PendingView, pendingViews } from './pending-view';

const load = () => import('../features/quotes/quotes-view');
const QuotesView = lazy(() => load().then((m) => ({ default: m.QuotesView })));

/** Starts fetching the view's code ahead of its first render (the module loader keeps one copy). */
export function preloadQuotesView(): void {
  void load();
}

export function LazyQuotesView() {
  return (
    <Suspense fallback={<PendingView view={pendingViews.quotes} />}>
      <QuotesView />
    </Suspense>
  );
}
