// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { countProblems, formatProblem, joinPath } from '../../../src/data/problems';

describe('formatProblem', () => {
  it('names file, record id, position and field on one line', () => {
    const line = formatProblem({
      severity: 'error',
      file: 'quotes.json',
      recordId: 'q-zelensky-1',
      index: 3,
      field: 'speakerId',
      message: 'unknown person "zelenskyy" (not in people.json)',
    });
    expect(line).toBe(
      'quotes.json › record "q-zelensky-1" (#3) › speakerId: unknown person "zelenskyy" (not in people.json)',
    );
  });

  it('falls back to the position when the record has no id, and omits an empty field', () => {
    const base = { severity: 'error' as const, file: 'events.json', field: '', message: 'broken' };
    expect(formatProblem({ ...base, recordId: null, index: 4 })).toBe(
      'events.json › record #4 › broken',
    );
    expect(formatProblem({ ...base, recordId: null, index: null })).toBe('events.json › broken');
  });
});

describe('joinPath', () => {
  it('renders array positions in brackets and keys with dots', () => {
    expect(joinPath(['evidence', 0, 'excerpt'])).toBe('evidence[0].excerpt');
    expect(joinPath(['toUkraine', 'total'])).toBe('toUkraine.total');
    expect(joinPath([])).toBe('');
  });
});

describe('countProblems', () => {
  it('counts errors and warnings separately', () => {
    const p = { file: 'a.json', recordId: null, index: null, field: '', message: 'm' };
    expect(
      countProblems([
        { ...p, severity: 'error' },
        { ...p, severity: 'warning' },
        { ...p, severity: 'warning' },
      ]),
    ).toEqual({ errors: 1, warnings: 2 });
  });
});
