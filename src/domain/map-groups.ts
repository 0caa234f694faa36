/**
 * Places too close together to tell apart at the current zoom, gathered into groups. Spreading a
 * crowd of twenty places around Kyiv and the border to 24 px targets pushed markers hundreds of
 * kilometres away (one for the Kherson front sat over the Black Sea): a group marker at the
 * crowd's true middle says "several places here" and zooms in on them instead. Pure and
 * deterministic: the same spots always give the same groups, whatever their order.
 */

/** A place's true spot in screen pixels and its importance (0 = most important). */
export interface GroupItem {
  id: string;
  x: number;
  y: number;
  rank: number;
}

/** Places shown as one marker: the most important first, and the middle of their spots. */
export interface PlaceGroup {
  /** The most important member's id, which names the group. */
  lead: string;
  members: string[];
  x: number;
  y: number;
}

export interface GroupOptions {
  /** How near (pixels, either axis) a place's spot must be to a group's lead spot to join it. */
  within: number;
  /** Places that always keep a marker of their own (the chosen place, the leading ones). */
  keep?: ReadonlySet<string>;
}

const byImportance = (a: GroupItem, b: GroupItem) =>
  a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Groups of two or more places; every other place stays on its own. Most important first, each
 * place joins the first group whose lead spot is within `within` of its own, or leads a new one.
 */
export function groupCrowds(items: readonly GroupItem[], options: GroupOptions): PlaceGroup[] {
  const { within, keep } = options;
  const groups: { lead: GroupItem; members: GroupItem[] }[] = [];
  for (const item of [...items].sort(byImportance)) {
    if (keep?.has(item.id) || !Number.isFinite(item.x) || !Number.isFinite(item.y)) continue;
    const near = groups.find(
      (g) => Math.abs(g.lead.x - item.x) <= within && Math.abs(g.lead.y - item.y) <= within,
    );
    if (near) near.members.push(item);
    else groups.push({ lead: item, members: [item] });
  }
  return groups
    .filter((g) => g.members.length > 1)
    .map(({ lead, members }) => ({
      lead: lead.id,
      members: members.map((m) => m.id),
      x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
      y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
    }));
}
