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
