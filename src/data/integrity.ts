/**
 * Cross-record checks over a dataset that already passed its schemas: ids, references, provenance,
 * stage sums, date order and verbatim excerpts. Pure: article text comes in through a callback.
 */
import type { Dataset } from './schemas';
import type { Problem } from './problems';
import { checkReferences, checkUniqueIds } from './check-references';
import { checkProvenance } from './check-provenance';
import { checkStageSums, checkDates } from './check-stages-dates';
import { checkVerbatim } from './check-verbatim';

/** Runs every cross-record check; the verbatim check only when article text is available. */
export function checkDataset(
  dataset: Dataset,
  sourceText?: (file: string) => string | null,
): Problem[] {
  return [
    ...checkUniqueIds(dataset),
    ...checkReferences(dataset),
    ...checkProvenance(dataset),
    ...checkStageSums(dataset),
    ...checkDates(dataset),
    ...(sourceText ? checkVerbatim(dataset, sourceText) : []),
  ];
}
