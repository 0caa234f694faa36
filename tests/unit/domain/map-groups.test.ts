import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupCrowds } from '../../../src/domain/map-groups';
import type { GroupItem } from '../../../src/domain/map-groups';

// Spots packed into a small area, so most inputs crowd, with exact duplicates.
const items: fc.Arbitrary<GroupItem[]> = fc
  .array(
    fc.record({
      x: fc.integer({ min: 0, max: 120 }),
      y: fc.integer({ min: 0, max: 120 }),
      rank: fc.integer({ min: 0, max: 30 }),
    }),
    { maxLength: 30 },
  )
  .map((list) => list.map((item, i) => ({ ...item, id: `p${i}` })));

const within = 24;

describe('groupCrowds', () => {
  it('gathers places near one another and leaves lone places alone', () => {
    const groups = groupCrowds(
      [
        { id: 'kyiv', x: 100, y: 100, rank: 1 },
        { id: 'chernihiv', x: 104, y: 90, rank: 3 },
        { id: 'border', x: 110, y: 85, rank: 2 },
        { id: 'geneva', x: 10, y: 120, rank: 0 },
      ],
      { within },
    );
    expect(groups).toEqual([
      { lead: 'kyiv', members: ['kyiv', 'border', 'chernihiv'], x: 314 / 3, y: 275 / 3 },
    ]);
  });

  it('never groups a kept place, nor gathers others around it', () => {
    const groups = groupCrowds(
      [
        { id: 'belarus', x: 50, y: 50, rank: 0 },
        { id: 'gomel', x: 52, y: 52, rank: 4 },
      ],
      { within, keep: new Set(['belarus']) },
    );
    expect(groups).toEqual([]);
  });

  it('puts every place in at most one group, of two or more, each within reach of its lead', () => {
    fc.assert(
      fc.property(items, fc.array(fc.nat({ max: 29 }), { maxLength: 5 }), (list, kept) => {
        const keep = new Set(kept.map((i) => `p${i}`));
        const groups = groupCrowds(list, { within, keep });
        const byId = new Map(list.map((item) => [item.id, item]));
        const seen = new Set<string>();
        for (const g of groups) {
          expect(g.members.length).toBeGreaterThanOrEqual(2);
          expect(g.members[0]).toBe(g.lead);
          const lead = byId.get(g.lead)!;
          for (const id of g.members) {
            expect(seen.has(id)).toBe(false);
            seen.add(id);
            expect(keep.has(id)).toBe(false);
            const m = byId.get(id)!;
            expect(Math.abs(m.x - lead.x)).toBeLessThanOrEqual(within);
            expect(Math.abs(m.y - lead.y)).toBeLessThanOrEqual(within);
            // The lead is the most important member.
            expect(m.rank).toBeGreaterThanOrEqual(lead.rank);
          }
        }
        // A place left on its own was near no group's lead, or it would have joined it.
        const alone = list.filter((item) => !seen.has(item.id) && !keep.has(item.id));
        for (const item of alone) {
          for (const g of groups) {
            const lead = byId.get(g.lead)!;
            const near = Math.abs(item.x - lead.x) <= within && Math.abs(item.y - lead.y) <= within;
            expect(near).toBe(false);
          }
        }
      }),
    );
  });

  it('gives the same groups whatever the order of the places', () => {
    fc.assert(
      fc.property(items, (list) => {
        const reversed = groupCrowds([...list].reverse(), { within });
        expect(reversed).toEqual(groupCrowds(list, { within }));
      }),
    );
  });
});
