/**
 * The in-page half of the interaction timings, injected before the app loads. It is plain JavaScript
 * in a string: Playwright sends functions to the page as source text, and the names tsx adds to
 * compiled functions would not exist there.
 *
 * How "input → painted" is measured, and why this way:
 * - t0 is taken in a capture listener on window for the armed event type (click, input, keydown,
 *   mouseup), so it runs just before the app's own handlers see the event.
 * - Then, frame by frame, requestAnimationFrame → setTimeout(0): a rAF callback runs just before the
 *   browser renders a frame, and a task posted from it runs once that frame has been produced, so
 *   the time there is "after the next paint" (the usual afterNextPaint idiom).
 * - React may not finish in the first frame: the quote search runs on a deferred value (a second,
 *   lower-priority render) and the list says aria-busy="true" while it is stale. So we keep going
 *   while anything is aria-busy, and note the last frame in which the DOM had changed (a
 *   MutationObserver on the whole document). Once two frames in a row pass with no change and
 *   nothing busy, the figure is that last changed frame's time minus t0. The two quiet frames only
 *   decide when to stop; they are not counted.
 * - The Event Timing API (PerformanceObserver 'event', durationThreshold 16) is not used for these
 *   figures: it ends at the first paint after the handlers, so it would miss the deferred search
 *   render, and it rounds to 8 ms. It is kept apart, as the browser's own view of responsiveness:
 *   the longest interaction (what INP reports for a page with few interactions), per interaction
 *   id, from input to the next paint.
 * - Long tasks (PerformanceObserver 'longtask') are recorded from the start, for the longest stretch
 *   the page could not answer input while it loaded.
 */
export const probeScript = `
(() => {
  const state = { armed: null, resolve: null, pending: null, timer: 0 };
  let changed = false;
  const watch = () => new MutationObserver(() => { changed = true; })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  watch();
  const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const settle = async (t0, limit) => {
    changed = false;
    let lastChange = null;
    let first = null;
    let quiet = 0;
    for (;;) {
      await nextPaint();
      const now = performance.now();
      if (first === null) first = now;
      if (changed) { changed = false; lastChange = now; quiet = 0; } else quiet += 1;
      const busy = document.querySelector('[aria-busy="true"]') !== null;
      if (!busy && quiet >= 2) return { ms: (lastChange ?? first) - t0, changed: lastChange !== null };
      if (now - t0 > limit) return { error: 'did not settle within ' + limit + ' ms', ms: now - t0 };
    }
  };
  const onEvent = (event) => {
    if (state.armed !== event.type) return;
    state.armed = null;
    clearTimeout(state.timer);
    const t0 = performance.now();
    const resolve = state.resolve;
    settle(t0, 20000).then(resolve);
  };
  // A stand-in for the app's views-ready mark, for builds whose views do not all report yet: the
  // first frame, after a paint, in which the chart, map and quote regions all show something other
  // than their loading placeholder.
  const views = ['Cumulative prisoners returned', 'Where deals were struck and prisoners handed over', 'Quotes'];
  const viewsShown = () => views.every((title) => {
    const heading = [...document.querySelectorAll('section h2')].find((h) => h.textContent === title);
    const section = heading && heading.closest('section');
    return Boolean(section) && section.querySelector('.loading') === null;
  });
  (async () => {
    while (performance.now() < 600000) {
      await nextPaint();
      if (viewsShown()) { window.__benchViewsShown = performance.now(); return; }
    }
  })();
  for (const type of ['click', 'input', 'keydown', 'mouseup'])
    window.addEventListener(type, onEvent, true);
  // The longest Event Timing duration of each interaction since the last reset.
  let interactions = new Map();
  let resetAt = 0;
  if (typeof PerformanceObserver === 'function' &&
      PerformanceObserver.supportedEntryTypes.includes('event')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // Entries come a frame late: one that began before the last reset is not counted.
        if (!e.interactionId || e.startTime < resetAt) continue;
        const seen = interactions.get(e.interactionId);
        if (!seen || e.duration > seen.ms) interactions.set(e.interactionId, { ms: e.duration, name: e.name });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  }
  // Long tasks (50 ms and more) from the start: how long the page answered nothing while loading.
  const longTasks = [];
  window.__benchLongTasks = longTasks;
  if (typeof PerformanceObserver === 'function' &&
      PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }
  window.__bench = {
    arm(type) {
      state.armed = type;
      state.pending = new Promise((resolve) => { state.resolve = resolve; });
      state.timer = setTimeout(() => {
        state.armed = null;
        state.resolve({ error: 'the ' + type + ' event never came' });
      }, 20000);
      return true;
    },
    result() { return state.pending; },
    resetInteractions() { interactions = new Map(); resetAt = performance.now(); return true; },
    // Entries arrive after their frame: read after a couple of frames have passed.
    async interactions() {
      await nextPaint();
      await nextPaint();
      const all = [...interactions.values()].sort((a, b) => b.ms - a.ms);
      return { count: all.length, worst: all[0] ?? null, supported: typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('event') };
    },
  };
})();
`;
