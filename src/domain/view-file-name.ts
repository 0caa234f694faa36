/**
 * A download's file name that says which view it holds: "swapwatch-events.csv" for the whole
 * record, "swapwatch-events-from-2025-01-01-to-2025-12-31-venue-geneva.csv" for a filtered one. A
 * researcher who saves 2025 and then all time gets two files told apart, not "(1)" appended.
 */

/** Longest a name's view part may be (file systems allow 255 bytes; a search may be long). */
const maxViewLength = 80;

/**
 * The file name for `base` and `extension` with the view's query string (as the link writes it)
 * in words: letters and digits of any script kept, everything else one dash.
 */
export function viewFileName(base: string, search: string, extension: string): string {
  const words = [...new URLSearchParams(search)]
    .flat()
    .join('-')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  const view = Array.from(words.replace(/^-+|-+$/g, ''))
    .slice(0, maxViewLength)
    .join('')
    .replace(/-+$/, '');
  return `${base}${view ? `-${view}` : ''}.${extension}`;
}
