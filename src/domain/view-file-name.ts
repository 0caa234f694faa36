/**
 * A download's file name that says which view it holds: "swapwatch-events.csv" for the whole
 * record, "swapwatch-events-from-2025-01-01-to-2025-12-31-venue-geneva.csv" for a filtered one. A
 * researcher who saves 2025 and then all time gets two files told apart, not "(1)" appended.
 */

/**
 * Most UTF-8 bytes a name's view part may take: file systems allow 255 bytes a name, and a search
 * may be long (and in Cyrillic, two bytes a letter).
 */
const maxViewBytes = 150;

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
  const view = upToBytes(words.replace(/^-+|-+$/g, ''), maxViewBytes).replace(/-+$/, '');
  return `${base}${view ? `-${view}` : ''}.${extension}`;
}

/** The longest start of `text` whose UTF-8 takes at most `limit` bytes, whole characters only. */
function upToBytes(text: string, limit: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > limit) break;
    end += char.length;
  }
  return text.slice(0, end);
}
