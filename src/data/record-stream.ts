/**
 * Splits the text of a JSON array into its records as the text arrives, so a large file is parsed
 * and validated while the rest of it is still downloading (the two took turns: at 100,000 events
 * the download and the checks each take over a second).
 *
 * It only finds where each top-level record ends: strings (with their escapes) and nesting are
 * followed, nothing is interpreted. Anything it does not expect (not an array, text after the
 * closing bracket, an unfinished file) makes it give up, and the caller parses the whole text the
 * usual way, which words the problem exactly as before.
 */
export class RecordSplitter {
  /** Text after the last record boundary, from earlier pieces. */
  private pending = '';
  private started = false;
  private ended = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Whether anything but white space came since the array opened or since the last comma. */
  private filled = false;
  private commas = 0;
  /** Set once the text is not a JSON array this reader can split. */
  failed = false;

  /**
   * Reads the next piece of the file; returns the text of the records completed in it, with the
   * commas between them (an empty string when none was).
   */
  push(piece: string): string {
    if (this.failed) return '';
    let from = 0;
    // Where the completed records end in this piece: the last comma between records, or the
    // array's closing bracket.
    let cut = -1;
    for (let i = 0; i < piece.length; i++) {
      if (this.inString) {
        // Most of a data file is string content: jump to its next quote instead of reading it.
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        // The string ends at the next quote not escaped (preceded by an even run of backslashes).
        let quote = piece.indexOf('"', i);
        while (quote !== -1 && oddSlashesBefore(piece, quote, i)) {
          quote = piece.indexOf('"', quote + 1);
        }
        if (quote === -1) {
          // Still inside the string at the end of the piece; a last lone backslash escapes the
          // first character of the next piece.
          this.escaped = oddSlashesBefore(piece, piece.length, i);
          i = piece.length;
        } else {
          i = quote;
          this.inString = false;
        }
        continue;
      }
      const c = piece.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      if (this.ended) return this.fail();
      if (!this.started) {
        if (c !== 0x5b) return this.fail();
        this.started = true;
        from = i + 1;
        continue;
      }
      if (this.depth === 0 && (c === 0x2c || c === 0x5d)) {
        // A blank record ("[1,,2]", "[1,]") is a syntax error: the whole-text parse words it.
        if (!this.filled && (c === 0x2c || this.commas > 0)) return this.fail();
        if (c === 0x2c) {
          this.commas += 1;
          this.filled = false;
        } else this.ended = true;
        cut = i;
        continue;
      }
      this.filled = true;
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth += 1;
      else if (c === 0x7d || c === 0x5d) {
        if (this.depth === 0) return this.fail();
        this.depth -= 1;
      }
    }
    if (!this.started) return '';
    if (cut === -1) {
      this.pending += piece.slice(from);
      return '';
    }
    const done = this.pending + piece.slice(from, cut);
    this.pending = this.ended ? '' : piece.slice(cut + 1);
    return done;
  }

  /** True once the whole array was read and closed, with nothing after it. */
  get complete(): boolean {
    return !this.failed && this.ended && !this.inString;
  }

  private fail(): string {
    this.failed = true;
    this.pending = '';
    return '';
  }
}

/** True when an odd number of backslashes, all at or after `from`, stand just before `at`. */
function oddSlashesBefore(text: string, at: number, from: number): boolean {
  let k = at - 1;
  while (k >= from && text.charCodeAt(k) === 0x5c) k -= 1;
  return (at - 1 - k) % 2 === 1;
}

/** Records completed by one piece of text, and the place in the file of the first of them. */
export interface RecordRun {
  records: unknown[];
  first: number;
}

/**
 * A JSON array's text read piece by piece into runs of decoded records. The text is kept: when
 * the runs cannot be trusted to be the file (the splitter gave up, a run did not decode, the file
 * ended early, or the caller gives up), `leftover` hands the whole text to the usual parse.
 */
export class RecordRuns {
  private readonly splitter = new RecordSplitter();
  private readonly text: string[] = [];
  private read = 0;
  private usable = true;

  /** Reads a piece; the records it completed, or null when none (or no longer reading). */
  push(piece: string): RecordRun | null {
    this.text.push(piece);
    if (!this.usable) return null;
    const batch = this.splitter.push(piece);
    if (this.splitter.failed) this.usable = false;
    if (!this.usable || batch === '') return null;
    let records: unknown[];
    try {
      records = JSON.parse(`[${batch}]`) as unknown[];
    } catch {
      this.usable = false;
      return null;
    }
    const first = this.read;
    this.read += records.length;
    return { records, first };
  }

  /** Stops reading runs: the whole text will decide. */
  giveUp(): void {
    this.usable = false;
  }

  /** Once every piece is in: the whole text when the runs are not the file, else null. */
  leftover(): string | null {
    return this.usable && this.splitter.complete ? null : this.text.join('');
  }
}
