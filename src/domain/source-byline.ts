/** How a source is cited in every view: outlet, agencies and date. */
import type { Source } from '../data/schemas';
import { formatDate } from './dates';

/** "Reuters · via EFE · 5 Mar 2026"; a source that names no outlet says so, an undated one too. */
export function sourceByline(source: Source): string {
  const parts: string[] = [source.publisher ?? 'outlet not named'];
  if (source.agencies.length > 0) parts.push(`via ${source.agencies.join(', ')}`);
  parts.push(source.publishedDate ? formatDate(source.publishedDate) : 'undated');
  return parts.join(' · ');
}

/**
 * What a source is called: its headline where we recorded one, else our own short description,
 * flagged so that nobody cites our words as the article's title.
 */
export function sourceName(source: Source): { text: string; ours: boolean } {
  return source.title !== null
    ? { text: source.title, ours: false }
    : { text: source.label, ours: true };
}

/** The words that flag a description as ours wherever a source's name is written out. */
export const oursNote = 'our description, not its headline';
