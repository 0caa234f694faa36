/**
 * `npm run data:check`: validates public/data/*.json against the schemas, then across records, then
 * every excerpt and quote against its source article. Exits 1 on any error.
 *
 * Usage: tsx scripts/data-check.ts [--data DIR]   (articles from $SOURCES_DIR, default ../shared/seeds)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataset } from '../src/data/integrity';
import { parseJsonText } from '../src/data/parse-file';
import { countProblems, formatProblem } from '../src/data/problems';
import type { Problem } from '../src/data/problems';
import { dataFileNames } from '../src/data/file-names';
import { provenanceCounts } from '../src/data/check-provenance';
import type { DataFileName } from '../src/data/file-names';
import type { Dataset } from '../src/data/schemas';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]): { dataDir: string } {
  let dataDir = join(projectRoot, 'public', 'data');
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--data' && value !== undefined) {
      dataDir = resolve(value);
      i += 1;
    } else if (arg?.startsWith('--data=')) {
      dataDir = resolve(arg.slice('--data='.length));
    } else {
      console.error(`data:check: unknown argument "${arg}". Usage: data-check.ts [--data DIR]`);
      process.exit(2);
    }
  }
  return { dataDir };
}

/** Reads and parses every data file, collecting problems from all of them rather than stopping. */
function loadDataset(dataDir: string): { dataset: Dataset | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (name: string): string | null => {
    const path = join(dataDir, `${name}.json`);
    if (existsSync(path)) return readFileSync(path, 'utf8');
    problems.push({
      severity: 'error',
      file: `${name}.json`,
      recordId: null,
      index: null,
      field: '',
      message: `file not found at ${path}`,
    });
    return null;
  };
  const parse = <N extends DataFileName>(name: N) => {
    const text = read(name);
    if (text === null) return null;
    const result = parseJsonText(name, text);
    if (result.ok) return result.data;
    problems.push(...result.problems);
    return null;
  };
  const sources = parse('sources');
  const people = parse('people');
  const mediators = parse('mediators');
  const venues = parse('venues');
  const events = parse('events');
  const quotes = parse('quotes');
  const tallies = parse('tallies');
  const complete = sources && people && mediators && venues && events && quotes && tallies;
  return {
    dataset: complete ? { sources, people, mediators, venues, events, quotes, tallies } : null,
    problems,
  };
}

function articleReader(): {
  read: ((file: string) => string | null) | undefined;
  note: string | null;
} {
  const dir = process.env.SOURCES_DIR
    ? resolve(process.env.SOURCES_DIR)
    : resolve(projectRoot, '..', 'shared', 'seeds');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      read: undefined,
      note: `data:check: verbatim check skipped: sources folder ${dir} not found (set SOURCES_DIR to the folder of seed articles); all other checks ran`,
    };
  }
  return {
    read: (file) => {
      const path = join(dir, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : null;
    },
    note: null,
  };
}

function main(): void {
  const { dataDir } = parseArgs(process.argv.slice(2));
  const { dataset, problems } = loadDataset(dataDir);
  const notes: string[] = [];
  if (dataset) {
    const articles = articleReader();
    if (articles.note) notes.push(articles.note);
    problems.push(...checkDataset(dataset, articles.read));
    const rest = provenanceCounts(dataset);
    notes.push(
      `data:check: facts rest on ${plural(rest.excerpt, 'machine-checked excerpt')} of seed articles, ${plural(rest.web, 'note')} on cited web sources and ${plural(rest.inferred, 'reasoned inference')}`,
    );
  } else {
    // Cross-record checks on half-parsed data would mostly report follow-on noise.
    notes.push('data:check: cross-record checks skipped until every file parses');
  }

  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const p of errors) console.log(`error   ${formatProblem(p)}`);
  for (const p of warnings) console.log(`warning ${formatProblem(p)}`);
  for (const note of notes) console.log(note);
  const counts = countProblems(problems);
  console.log(
    `data:check: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')} across ${dataFileNames.length} files`,
  );
  process.exitCode = counts.errors > 0 ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

main();
