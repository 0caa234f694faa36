/** Every excerpt, quote and context occurs verbatim in its source article. */
import type { Dataset } from './schemas';
import type { Problem } from './problems';
import { at } from './integrity-shared';
import type { MakeProblem } from './integrity-shared';

/** Whitespace differences are the only liberty an excerpt may take with its article. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every excerpt, quote and quote context occurs verbatim in the article of its source. */
export function checkVerbatim(
  dataset: Dataset,
  sourceText: (file: string) => string | null,
): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map<string, { file: string; text: string } | null>();
  const webSources = new Set<string>();
  dataset.sources.forEach((source, index) => {
    if (source.file === null) {
      webSources.add(source.id);
      return;
    }
    const text = sourceText(source.file);
    articles.set(
      source.id,
      text === null ? null : { file: source.file, text: normalizeText(text) },
    );
    if (text === null)
      problems.push(
        at('sources.json', source, index)(
          'error',
          'file',
          `article text "${source.file}" not found, so its excerpts and quotes cannot be checked`,
        ),
      );
  });

  const check = (
    make: MakeProblem,
    field: string,
    sourceId: string,
    passage: string,
    what: string,
  ) => {
    const article = articles.get(sourceId);
    if (!article) return; // unknown sources and missing articles are reported elsewhere
    const wanted = normalizeText(passage);
    if (article.text.includes(wanted)) return;
    problems.push(
      make(
        'error',
        field,
        `${what} not found verbatim in source "${sourceId}" (${article.file}); ${divergence(wanted, article.text)}`,
      ),
    );
  };

  for (const [file, records] of [
    ['events.json', dataset.events],
    ['venues.json', dataset.venues],
    ['tallies.json', dataset.tallies],
  ] as const) {
    records.forEach((record, index) => {
      const make = at(file, record, index);
      record.evidence.forEach((item, i) => {
        // A web source is cited in our own words (a note), a seed article by a verbatim excerpt.
        if (webSources.has(item.sourceId)) {
          if (item.excerpt !== undefined)
            problems.push(
              make(
                'error',
                `evidence[${i}].excerpt`,
                `source "${item.sourceId}" is a web source: say what it reports in a note, do not copy its text`,
              ),
            );
        } else if (item.excerpt === undefined) {
          if (articles.has(item.sourceId))
            problems.push(
              make(
                'error',
                `evidence[${i}].note`,
                `source "${item.sourceId}" is a seed article: quote it verbatim in an excerpt`,
              ),
            );
        } else check(make, `evidence[${i}].excerpt`, item.sourceId, item.excerpt, 'excerpt');
      });
    });
  }
  dataset.quotes.forEach((quote, index) => {
    const make = at('quotes.json', quote, index);
    // A quotation from a web source is a short attributed statement, checked at its URL.
    if (webSources.has(quote.sourceId)) return;
    check(make, 'text', quote.sourceId, quote.text, 'quote text');
    if (quote.context !== undefined)
      check(make, 'context', quote.sourceId, quote.context, 'context');
  });
  return problems;
}

// Finds the longest start of the passage the article contains, to show where the two part ways.
function divergence(passage: string, article: string): string {
  let low = 0;
  let high = passage.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (article.includes(passage.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < 3) return `no part of its start occurs: "${clip(passage, 60)}"`;
  const matched = passage.slice(0, low);
  return `it matches up to "…${matched.slice(-40)}" and then differs at "${clip(passage.slice(low), 40)}"`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
