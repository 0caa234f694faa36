/** The deal around an event: its agreement, its talks, its stages, and how far the stages got. */
import type { EventRecord } from '../../data/schemas';
import type { EventIndex } from '../../domain/event-index';
import { summarise } from '../../domain/summary';
import type { Summary } from '../../domain/summary';
import { countOf, formatCount } from '../../domain/format-number';

/** The events linked to one event, each looked up in the index (dangling links are dropped). */
export interface Relations {
  /** The agreement an exchange carries out. */
  agreement: EventRecord | null;
  /** The talks an agreement (or an exchange without one) came from. */
  talks: EventRecord | null;
  /** What follows from it: an agreement's stages, or the agreements reached at talks. */
  children: EventRecord[];
}

function lookup(index: EventIndex, id: string | null | undefined): EventRecord | null {
  return id ? (index.byId.get(id)?.event ?? null) : null;
}

/** The links of an event, in date order. */
export function relationsOf(index: EventIndex, event: EventRecord): Relations {
  const children = (index.children.get(event.id) ?? []).flatMap((id) => {
    const child = index.byId.get(id);
    return child ? [child] : [];
  });
  return {
    agreement: lookup(index, event.agreementId),
    talks: lookup(index, event.talksId),
    children: children.sort((a, b) => a.first - b.first).map((c) => c.event),
  };
}

/** How an agreement's stages add up, confirmed and expected apart. */
export interface DealProgress {
  stages: EventRecord[];
  totals: Summary;
}

/** The exchanges carried out under an agreement, with their totals. */
export function dealProgress(index: EventIndex, agreementId: string): DealProgress {
  const stages = (index.children.get(agreementId) ?? []).flatMap((id) => {
    const p = index.byId.get(id);
    return p && p.event.type === 'exchange' ? [p] : [];
  });
  return { stages: stages.map((p) => p.event), totals: summarise(stages) };
}

/** "200 confirmed, 300 expected" (per side when the sides differ), plus stages of unknown size. */
export function progressText({ totals }: DealProgress): string {
  const side = (s: { confirmed: number; expected: number }) =>
    `${formatCount(s.confirmed)} confirmed, ${formatCount(s.expected)} expected`;
  const u = totals.toUkraine;
  const r = totals.toRussia;
  const same = u.confirmed === r.confirmed && u.expected === r.expected;
  const sides = same ? side(u) : `to Ukraine ${side(u)}; to Russia ${side(r)}`;
  const unknown = totals.exchangesWithUnknownSize;
  return unknown > 0 ? `${sides}; ${countOf(unknown, 'stage')} of unreported size` : sides;
}
