// Runs before #root is parsed (a plain, parser-blocking script: the CSP allows no inline one).
document.documentElement.classList.add('js');
if (window.location.search.length > 1) {
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
