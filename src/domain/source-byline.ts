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
    : { text: descriptionOf(source), ours: true };
}

/**
 * Our description without the outlet and date it opens and closes with. The labels were written
 * to stand alone ("GB News: 205 for 205, US-brokered (8 May 2026)"); every view writes a source's
 * byline beside its name (a download, in columns of their own), so they said both twice.
 */
function descriptionOf(source: Source): string {
  let text = source.label;
  const opening = source.publisher === null ? null : `${source.publisher}: `;
  if (opening !== null && text.startsWith(opening)) text = text.slice(opening.length);
  const closing = source.publishedDate === null ? null : ` (${formatDate(source.publishedDate)})`;
  if (closing !== null && text.endsWith(closing)) text = text.slice(0, -closing.length);
  return text.trim() === '' ? source.label : text;
}

/** The words that flag a description as ours wherever a source's name is written out. */
export const oursNote = 'our description, not its headline';
