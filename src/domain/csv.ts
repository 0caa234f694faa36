/**
 * Rows as CSV text, written as Papa Parse's `unparse` writes them with `newline: '\r\n'`: the header
 * from the first row's keys, and a field quoted (its quotes doubled) only when it holds a comma, a
 * quote, a line break or a byte-order mark, or starts or ends with a space. Papa Parse was 7 KB
 * gzip of mostly parser for these lines, and the downloads are all of the app that used it; a
 * property test holds this writer to its output.
 */
const needsQuotes = /[",\r\n\ufeff]|^ | $/;

function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text =
    value instanceof Date ? (isNaN(value.getTime()) ? '' : value.toISOString()) : String(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvText(rows: readonly object[]): string {
  const first = rows[0];
  if (first === undefined) return '';
  const columns = Object.keys(first);
  // No columns: no header, and an empty line per row.
  if (columns.length === 0) return rows.map(() => '').join('\r\n');
  const lines = [columns.map(field).join(',')];
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    // A row without any field is written as an empty line, separators left out.
    lines.push(columns.map((c) => field(values[c])).join(Object.keys(row).length === 0 ? '' : ','));
  }
  return lines.join('\r\n');
}
