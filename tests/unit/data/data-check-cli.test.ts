// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { projectRoot } from './mini';

/** Runs the real CLI the way `npm run data:check` would, from the project root. */
function runCli(dataDir: string, sourcesDir: string): { status: number | null; stdout: string } {
  const result = spawnSync('npx', ['tsx', 'scripts/data-check.ts', '--data', dataDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, SOURCES_DIR: sourcesDir },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout };
}

describe('scripts/data-check.ts', () => {
  it('exits 0 with a clean summary on the valid fixture', () => {
    const { status, stdout } = runCli('tests/fixtures/mini', 'tests/fixtures/mini-seeds');
    expect(stdout.trim().split('\n')).toEqual([
      'data:check: facts rest on 22 machine-checked excerpts of seed articles, 0 notes on cited web sources and 4 reasoned inferences',
      'data:check: 0 errors, 0 warnings across 7 files',
    ]);
    expect(status).toBe(0);
  }, 60_000);

  it('exits 1 and lists errors before warnings on a broken fixture', () => {
    const { status, stdout } = runCli(
      'tests/fixtures/broken/cli-mixed',
      'tests/fixtures/mini-seeds',
    );
    expect(stdout.trim().split('\n')).toEqual([
      'error   quotes.json › record "q-sample-home" (#0) › speakerId: unknown person "nobody" (not in people.json)',
      'error   quotes.json › record "q-sample-home" (#0) › context: context not found verbatim in source "src-talks" (001_mini-talks.txt); it matches up to "…said Anna Sample" and then differs at " at the press conference."',
      'warning events.json › record "agreement-example-city" (#1) › toUkraine.total: agreement "agreement-example-city" promises 100 to Ukraine; confirmed stages add up to 60, expected stages to 30 (10 unaccounted for)',
      expect.stringMatching(/^data:check: facts rest on \d+ machine-checked excerpts/),
      'data:check: 2 errors, 1 warning across 7 files',
    ]);
    expect(status).toBe(1);
  }, 60_000);

  it('skips only the verbatim step when the sources folder is absent', () => {
    const { status, stdout } = runCli(
      'tests/fixtures/broken/cli-mixed',
      'tests/fixtures/no-such-seeds',
    );
    expect(stdout).toContain('speakerId: unknown person "nobody" (not in people.json)');
    expect(stdout).toContain('promises 100 to Ukraine; confirmed stages add up to 60');
    expect(stdout).not.toContain('not found verbatim');
    expect(stdout).toMatch(
      /data:check: verbatim check skipped: sources folder \S*tests\/fixtures\/no-such-seeds not found/,
    );
    expect(stdout).toContain('data:check: 1 error, 1 warning across 7 files');
    expect(status).toBe(1);
  }, 60_000);

  it('reports every unreadable file, not only the first', () => {
    const { status, stdout } = runCli(
      'tests/fixtures/broken/cli-unparsable',
      'tests/fixtures/mini-seeds',
    );
    expect(stdout).toMatch(/^error {3}people\.json › not valid JSON: .*\(line 2, column 49\)$/m);
    expect(stdout).toMatch(
      /^error {3}venues\.json › file not found at \S+cli-unparsable\/venues\.json$/m,
    );
    expect(stdout).toContain(
      'error   events.json › record "agreement-example-city" (#1) › date: not a real calendar date in YYYY-MM-DD form; got "2026-02-30"',
    );
    expect(stdout).toContain('data:check: cross-record checks skipped until every file parses');
    expect(stdout).toContain('data:check: 3 errors, 0 warnings across 7 files');
    expect(status).toBe(1);
  }, 60_000);
});
