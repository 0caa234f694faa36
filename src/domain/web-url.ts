/** Which source addresses may become links. */

/** Only web links (http, https) are rendered as links; anything else (javascript:, data:) stays text. */
export function webUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
