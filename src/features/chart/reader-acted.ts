/**
 * Whether the reader has acted on the page yet: a click, tap, key, focus or change anywhere, or a
 * mouse moving (not a finger scrolling: a phone would build recharts mid-scroll). Listened for from
 * the page's first script (chart-view imports this), not from the chart's own code: that arrives
 * in a chunk of its own, and a move made before it had mounted was lost, leaving the plain plot
 * until the next one.
 */
const events = ['click', 'keydown', 'focusin', 'change', 'pointermove'] as const;

let acted = false;
const waiting = new Set<() => void>();

function onAct(e: Event): void {
  if (typeof PointerEvent !== 'undefined' && e instanceof PointerEvent) {
    if (e.type === 'pointermove' && e.pointerType !== 'mouse') return;
  }
  acted = true;
  for (const name of events) window.removeEventListener(name, onAct);
  for (const run of [...waiting]) run();
  waiting.clear();
}

if (typeof window !== 'undefined')
  for (const name of events) window.addEventListener(name, onAct, { passive: true });

export function readerActed(): boolean {
  return acted;
}

/** Runs `run` once the reader acts (at once if they have); returns what cancels it. */
export function whenReaderActs(run: () => void): () => void {
  if (acted) {
    run();
    return () => undefined;
  }
  waiting.add(run);
  return () => waiting.delete(run);
}
