/** Breaking a line of text into lines of at most so many characters, at spaces. */

/**
 * The words of `text` in lines of at most `maxChars` characters; a word longer than that stands on
 * a line of its own rather than being cut. For SVG, which does not wrap text by itself.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
