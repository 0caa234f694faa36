/** What the cross-record checks share: locating a problem on a record of a file. */
import type { Evidence, Inference } from './schemas';
import type { Problem } from './problems';

export type Severity = Problem['severity'];
export type HeadcountSide = 'toUkraine' | 'toRussia';

export const sideLabels: Record<HeadcountSide, string> = {
  toUkraine: 'to Ukraine',
  toRussia: 'to Russia',
};
export const sides: HeadcountSide[] = ['toUkraine', 'toRussia'];

export type MakeProblem = (severity: Severity, field: string, message: string) => Problem;

/** Builds problems for one record, so every check names file, record and field the same way. */
export function at(file: string, record: { id: string }, index: number): MakeProblem {
  return (severity: Severity, field: string, message: string): Problem => ({
    severity,
    file,
    recordId: record.id,
    index,
    field,
    message,
  });
}

export function venueIdOf(key: string): string | null {
  return key.startsWith('venue:') ? key.slice('venue:'.length) : null;
}

/** Every fact key a record claims, with the field path where it is claimed. */
export function factKeyPlaces(record: {
  evidence: Evidence[];
  inferred: Inference[];
}): { key: string; field: string }[] {
  return [
    ...record.evidence.flatMap((item, i) =>
      item.supports.map((key, j) => ({ key, field: `evidence[${i}].supports[${j}]` })),
    ),
    ...record.inferred.map((item, i) => ({ key: item.field, field: `inferred[${i}].field` })),
  ];
}
