/**
 * Which evidence each of an event's figures lists in full, and which it only points back to. One
 * report often supports the date, the status and both sides' figures: listed in full under each,
 * six reports became thirty blocks and an exchange's detail ran for screens.
 */
import type { Evidence } from '../data/schemas';

export interface FactEvidence {
  /** Positions in the event's evidence, listed in full here: their first figure. */
  shown: number[];
  /** Reports listed in full under an earlier figure, by that figure's index. */
  again: { fact: number; items: number[] }[];
}

/** For each fact (its evidence keys, in the order shown), what it lists and what it points back to. */
export function evidenceByFact(
  evidence: readonly Evidence[],
  facts: readonly (readonly string[])[],
): FactEvidence[] {
  const firstFact = new Map<number, number>();
  return facts.map((keys, f) => {
    const shown: number[] = [];
    const again = new Map<number, number[]>();
    evidence.forEach((e, i) => {
      if (!e.supports.some((k) => keys.includes(k))) return;
      const first = firstFact.get(i);
      if (first === undefined) {
        firstFact.set(i, f);
        shown.push(i);
      } else again.set(first, [...(again.get(first) ?? []), i]);
    });
    return { shown, again: [...again].map(([fact, items]) => ({ fact, items })) };
  });
}
