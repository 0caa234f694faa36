/** Shared loaders for the valid mini fixture, which every broken case starts from. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataset } from '../../../src/data/integrity';
import { parseJsonText } from '../../../src/data/parse-file';
import { formatProblem } from '../../../src/data/problems';
import type { Problem } from '../../../src/data/problems';
import type { DataFileName } from '../../../src/data/file-names';
import type { Dataset } from '../../../src/data/schemas';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const miniDir = join(projectRoot, 'tests/fixtures/mini');
export const miniSeedsDir = join(projectRoot, 'tests/fixtures/mini-seeds');

function load<N extends DataFileName>(name: N) {
  const result = parseJsonText(name, readFileSync(join(miniDir, `${name}.json`), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.data;
}

/** A fresh, independently mutable copy of the valid mini dataset. */
export function miniDataset(): Dataset {
  return {
    sources: load('sources'),
    people: load('people'),
    mediators: load('mediators'),
    venues: load('venues'),
    events: load('events'),
    quotes: load('quotes'),
    tallies: load('tallies'),
  };
}

/** Reads a mini seed article by file name, or null when it does not exist. */
export function miniSourceText(file: string): string | null {
  const path = join(miniSeedsDir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Formats problems as the CLI prints them, so assertions read like real output. */
export function lines(problems: Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${formatProblem(p)}`);
}

/** Runs every check, including verbatim, against the mini seeds. */
export function checkMini(dataset: Dataset): string[] {
  return lines(checkDataset(dataset, miniSourceText));
}

/** Looks a record up by id, failing the test loudly if the fixture changed. */
export function byId<T extends { id: string }>(records: T[], id: string): T {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`fixture has no record "${id}"`);
  return found;
}
