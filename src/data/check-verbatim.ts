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
  dataset.sources.forEach((source, index) => {
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
  ] as const) {
    records.forEach((record, index) => {
      const make = at(file, record, index);
      record.evidence.forEach((item, i) =>
        check(make, `evidence[${i}].excerpt`, item.sourceId, item.excerpt, 'excerpt'),
      );
    });
  }
  dataset.quotes.forEach((quote, index) => {
    const make = at('quotes.json', quote, index);
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
