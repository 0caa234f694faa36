// Runs before #root is parsed (a plain, parser-blocking script: the CSP allows no inline one).
document.documentElement.classList.add('js');
const ownView = window.location.search.length > 1;
if (ownView) {
  // A link with its own view (anything in the query) must never show the prerendered default
  // view, not even for a frame: an empty #root is written for the app to render into, and an
  // unclosed <noscript> turns the rest of the HTML (the prerendered view) into inert text that is
  // never parsed into elements, laid out or painted.
  document.write('<div id="root"></div><noscript class="prerender-skipped">');
} else {
  // The prerendered controls do nothing until the app has hydrated them: until then they take no
  // clicks, rather than swallowing them (the app removes the class once it runs).
  document.documentElement.classList.add('booting');
}

// The app's script (the build names it on this tag), the chart's code and the data the first
// screen needs (not the sources, the largest file, cited further down) are requested from here.
// On the prerendered page they wait until its first frame is painted, so on a slow link they do
// not compete with the stylesheet that frame needs; on a link with its own view there is nothing
// to paint before the app runs, so they start at once.
{
  const tag = document.currentScript;
  const add = (name, attributes) => {
    const element = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    document.head.appendChild(element);
  };
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const file of ['events', 'quotes', 'people', 'venues']) {
      add('link', {
        rel: 'preload',
        href: `./data/${file}.json`,
        as: 'fetch',
        crossorigin: 'anonymous',
      });
    }
    for (const href of [...(tag?.dataset.preload?.split(' ') ?? []), tag?.dataset.chart]) {
      if (href) add('link', { rel: 'modulepreload', href, crossorigin: '' });
    }
    if (tag?.dataset.entry)
      add('script', { type: 'module', src: tag.dataset.entry, crossorigin: '' });
  };
  if (ownView) start();
  else {
    // After the first contentful paint; where the browser cannot report it, after the next frame.
    try {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(start, 0);
      }).observe({ type: 'paint', buffered: true });
    } catch {
      requestAnimationFrame(() => setTimeout(start, 0));
    }
    // A page opened in a background tab paints nothing until shown: start it anyway.
    setTimeout(start, 1000);
  }
}
