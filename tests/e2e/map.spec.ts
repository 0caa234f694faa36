/** The map as a person uses it: find places, click or press Enter on them, open an exchange's link. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { fileSchemas } from '../../src/data/schemas';
import { buildEventIndex } from '../../src/domain/event-index';
import { exchangeLinkOf } from '../../src/domain/map-links';
import { venueTotals } from '../../src/domain/venue-totals';
import type { Locator, Page } from '@playwright/test';
import { expect, regions, test, viewsReady } from './fixtures';

const venues = fileSchemas.venues.parse(
  JSON.parse(readFileSync('public/data/venues.json', 'utf8')),
);
const events = fileSchemas.events.parse(
  JSON.parse(readFileSync('public/data/events.json', 'utf8')),
);
const index = buildEventIndex(events);
const venueById = new Map(venues.map((v) => [v.id, v]));

function venue(id: string) {
  const found = venueById.get(id);
  if (!found) throw new Error(`venues.json has no ${id}`);
  return found;
}

/** Where each place is on the map: its own marker (its id) or a group's (every member's id). */
function placesOnMap(map: Locator) {
  return map.locator('.leaflet-marker-pane [role="button"]').evaluateAll((els) =>
    els.map((el) => {
      const { venueId, groupOf } = (el as HTMLElement).dataset;
      return {
        label: el.getAttribute('aria-label') ?? '',
        ids: venueId ? [venueId] : (groupOf ?? '').split(' ').filter(Boolean),
        group: !venueId,
        count: el.querySelector('.map-group__count')?.textContent ?? null,
      };
    }),
  );
}

/** Every place once on the map, alone or in a group (waits for the layout to settle). */
async function everyPlaceOnce(map: Locator) {
  await expect
    .poll(async () => (await placesOnMap(map)).flatMap((m) => m.ids).sort())
    .toEqual(venues.map((v) => v.id).sort());
}

test('every place is a named button, alone or in a named group, on a drawn basemap', async ({
  page,
}) => {
  await page.goto('./');
  const map = page.getByRole('region', { name: regions.map, exact: true });
  for (const id of ['geneva', 'abu-dhabi', 'istanbul', 'belarus-handover']) {
    await expect(map.getByRole('button', { name: venue(id).name, exact: true })).toBeVisible();
  }
  await everyPlaceOnce(map);
  const markers = await placesOnMap(map);
  // The data has places closer than a marker's size: some are gathered into groups.
  const groups = markers.filter((m) => m.group);
  expect(groups.length).toBeGreaterThan(0);
  for (const g of groups) {
    expect(g.ids.length).toBeGreaterThan(1);
    expect(g.count).toBe(String(g.ids.length));
    expect(g.label).toBe(
      `${g.ids.length} places close together: ${g.ids.map((id) => venue(id).name).join(', ')}. Zoom in to see them`,
    );
  }
  // Country outlines come from the bundled world atlas, drawn as SVG paths.
  await expect.poll(() => map.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(100);
});

test('markers are placed in 2D, not on a compositing layer each', async ({ page }) => {
  await page.goto('./');
  const map = page.getByRole('region', { name: regions.map, exact: true });
  const geneva = map.getByRole('button', { name: venue('geneva').name, exact: true });
  await expect(geneva).toBeVisible();
  // Leaflet places markers with translate3d, which gives each of hundreds of markers a
  // compositing layer of its own, redrawn every frame; leaflet-flat.ts places them in 2D.
  const transforms = await map
    .locator('.leaflet-marker-icon')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).style.transform));
  expect(transforms.length).toBeGreaterThan(3);
  for (const t of transforms) expect(t).toMatch(/^translate\(-?[\d.]+px, -?[\d.]+px\)$/);
});

test('clicking Geneva selects it, shows its exchanges, and clicking again clears it', async ({
  page,
}) => {
  await page.goto('./');
  const map = page.getByRole('region', { name: regions.map, exact: true });
  const geneva = map.getByRole('button', { name: 'Geneva', exact: true });
  await geneva.click();
  await expect(page).toHaveURL(/[?&]venue=geneva(&|$)/);
  await expect(geneva).toHaveAttribute('aria-pressed', 'true');
  const panel = map.getByRole('region', { name: 'Geneva', exact: true });
  const exchanges = index.list.filter(
    (p) => p.event.type === 'exchange' && p.dealVenues.includes('geneva'),
  );
  expect(exchanges.length).toBeGreaterThan(0);
  for (const p of exchanges) {
    await expect(
      panel.getByRole('button', { name: new RegExp(`^${escape(p.event.title)}`) }),
    ).toBeVisible();
  }
  await expect(panel.getByText('Exchanges', { exact: true }).locator('..')).toContainText(
    String(exchanges.length),
  );
  await geneva.click();
  await expect(page).not.toHaveURL(/venue=/);
  await expect(panel).toHaveCount(0);
});

test('Tab reaches a marker and Enter selects it', async ({ page }) => {
  await page.goto('./');
  const map = page.getByRole('region', { name: regions.map, exact: true });
  await everyPlaceOnce(map);
  await map.locator('.leaflet-container').focus();
  await page.keyboard.press('Tab');
  const label = await page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? null,
  );
  const focused = venues.find((v) => v.name === label);
  expect(focused, `focused marker ${String(label)}`).toBeDefined();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]venue=${focused?.id ?? 'none'}(&|$)`));
  await expect(map.getByRole('heading', { level: 3, name: focused?.name ?? '' })).toBeVisible();
});

test('a shared exchange link draws the dashed line from the talks to the handover', async ({
  page,
}) => {
  const linked = index.list
    .map((p) => exchangeLinkOf(index, venueById, p.event.id))
    .find((link) => link !== null && link.segments.length > 0);
  expect(linked, 'an exchange with both ends recorded').toBeDefined();
  if (!linked) return;
  await page.goto(`./?event=${linked.eventId}`);
  const map = page.getByRole('region', { name: regions.map, exact: true });
  await expect(map.locator('path.map-link')).toHaveCount(1);
  const from = linked.agreedAt[0]?.name ?? '';
  const to = linked.handedOverAt[0]?.name ?? '';
  await expect(map.getByText(`Agreed in ${from}`, { exact: false })).toContainText(
    `handed over in ${to}`,
  );
});

// People per place over the whole record, from the data files themselves (the default view).
const peopleById = new Map(
  venueTotals(venues, index.list).map((t) => [t.venue.id, t.peopleConfirmed + t.peopleExpected]),
);
const byPeople = [...venues].sort(
  (a, b) => (peopleById.get(b.id) ?? 0) - (peopleById.get(a.id) ?? 0),
);

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator): Promise<Rect[]> {
  const out: Rect[] = [];
  for (const el of await locator.all()) {
    const box = await el.boundingBox();
    if (box) out.push(box);
  }
  return out;
}

/** Pairs of boxes that share area, described for the failure message. */
function overlapping(names: string[], rects: Rect[], others?: { names: string[]; rects: Rect[] }) {
  const found: string[] = [];
  rects.forEach((a, i) => {
    if (others) {
      others.rects.forEach((b, j) => {
        if (overlap(a, b)) found.push(`${names[i]} × ${others.names[j]}`);
      });
    } else {
      rects.slice(i + 1).forEach((b, j) => {
        if (overlap(a, b)) found.push(`${names[i]} × ${names[i + 1 + j]}`);
      });
    }
  });
  return found;
}

/** The map once its layout has settled: every marker placed and the labels drawn. */
async function openMap(page: Page) {
  await page.goto('./');
  await viewsReady(page);
  const map = page.getByRole('region', { name: regions.map, exact: true });
  await map.scrollIntoViewIfNeeded();
  await everyPlaceOnce(map);
  await expect(map.locator('.map-label').first()).toBeVisible();
  return map;
}

/** A shared link to a place that sits in a group at the first view, and that place's marker. */
async function openChosenGroupMember(page: Page) {
  const map = await openMap(page);
  const group = (await placesOnMap(map)).find((m) => m.group)!;
  const place = venue(group.ids[1]!);
  await page.goto(`./?venue=${place.id}`);
  await viewsReady(page);
  await map.scrollIntoViewIfNeeded();
  return { map, place, own: map.getByRole('button', { name: place.name, exact: true }) };
}

/** Each marker's name with the box of its drawn shape (a group's disc), or of `selector`. */
async function markerShapes(map: Locator, selector = '.map-marker__shape, .map-group__count') {
  const markers = map.locator('.leaflet-marker-pane [role="button"]');
  const names: string[] = [];
  for (const el of await markers.all()) names.push((await el.getAttribute('aria-label')) ?? '?');
  return { names, rects: await boxes(selector ? markers.locator(selector) : markers) };
}

/** Each marker's whole element, the box a tap or a click lands on (and that axe measures). */
const markerTargets = (map: Locator) => markerShapes(map, '');

for (const device of [
  { name: 'desktop', viewport: { width: 1400, height: 900 }, touch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
]) {
  test.describe(`on ${device.name}`, () => {
    test.use({ viewport: device.viewport, hasTouch: device.touch, isMobile: device.touch });

    test('no marker hides another, and moved ones point back to their true spot', async ({
      page,
    }) => {
      const map = await openMap(page);
      const markers = await map.locator('.leaflet-marker-pane [role="button"]').count();
      const shapes = await markerShapes(map);
      expect(shapes.rects).toHaveLength(markers);
      expect(overlapping(shapes.names, shapes.rects)).toEqual([]);
      // Nor does any marker's element (its tap target) reach over another's, or the zoom buttons.
      const targets = await markerTargets(map);
      expect(targets.rects).toHaveLength(markers);
      expect(overlapping(targets.names, targets.rects)).toEqual([]);
      const zoom = map.locator('.leaflet-control-zoom a');
      const controls = { names: await zoom.allTextContents(), rects: await boxes(zoom) };
      expect(overlapping(targets.names, targets.rects, controls)).toEqual([]);
      // A marker moved off its true spot has a line back to it.
      const leaders = await map.locator('path.map-leader').count();
      await expect(map.locator('.map-marker--moved')).toHaveCount(leaders);
      // Not far: places that would have to move far are grouped instead. No leader is longer than
      // a few markers' size.
      for (const path of await map.locator('path.map-leader').all()) {
        const box = (await path.boundingBox())!;
        expect(Math.hypot(box.width, box.height)).toBeLessThan(80);
      }
    });

    test('place names are printed on the map without covering each other or a marker', async ({
      page,
    }) => {
      const map = await openMap(page);
      const labels = map.locator('.map-label');
      const texts = await labels.allTextContents();
      const rects = await boxes(labels);
      expect(rects.length).toBeGreaterThanOrEqual(5);
      expect(overlapping(texts, rects)).toEqual([]);
      const shapes = await markerShapes(map);
      expect(overlapping(texts, rects, shapes)).toEqual([]);
      const frame = await map.locator('.leaflet-container').boundingBox();
      for (const r of rects) {
        expect(r.x).toBeGreaterThanOrEqual(frame!.x);
        expect(r.x + r.width).toBeLessThanOrEqual(frame!.x + frame!.width);
      }
      // The two places with the most people are always named (asides like "(handover…)" dropped).
      for (const v of byPeople.slice(0, 2)) {
        expect(texts).toContain(v.name.replace(/\s*\([^()]*\)$/, ''));
      }
    });

    test('Tab visits the markers west to east and shows each one’s name', async ({ page }) => {
      const map = await openMap(page);
      const container = map.locator('.leaflet-container');
      const frame = (await container.boundingBox())!;
      const markers = await placesOnMap(map);
      await container.focus();
      const visited: { name: string; lon: number }[] = [];
      for (let i = 0; i < markers.length; i++) {
        await page.keyboard.press('Tab');
        const focused = page.locator('.leaflet-marker-pane [role="button"]:focus');
        await expect(focused).toHaveCount(1);
        const name = (await focused.getAttribute('aria-label')) ?? '';
        const ids = markers.find((m) => m.label === name)?.ids ?? [];
        expect(ids.length, `${name} is a marker`).toBeGreaterThan(0);
        // A group is where its places are on average (its disc sits at their middle).
        visited.push({ name, lon: ids.reduce((sum, id) => sum + venue(id).lon, 0) / ids.length });
        const shown = focused.locator('.map-marker__name');
        await expect(shown).toBeVisible();
        const lead = venue(ids[0]!).name.replace(/\s*\([^()]*\)$/, '');
        await expect(shown).toHaveText(
          ids.length > 1 ? `${lead} and ${ids.length - 1} more` : name,
        );
        // Not hidden under the other markers: it is what the page shows at its own centre.
        const box = (await shown.boundingBox())!;
        // Inside the map, which clips what overflows it.
        expect(box.x, `${name}'s focus label starts inside the map`).toBeGreaterThanOrEqual(
          frame.x,
        );
        expect(box.x + box.width, `${name}'s focus label ends inside the map`).toBeLessThanOrEqual(
          frame.x + frame.width,
        );
        // (It ignores the pointer, so make it hit-testable just for this look.)
        const onTop = await shown.evaluate(
          (el, [x, y]) => {
            const label = el as HTMLElement;
            label.style.pointerEvents = 'auto';
            const hit = document.elementFromPoint(x!, y!);
            label.style.pointerEvents = '';
            return hit === label;
          },
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(onTop, `${name}'s focus label is on top`).toBe(true);
      }
      expect(new Set(visited.map((v) => v.name)).size).toBe(markers.length);
      const lons = visited.map((v) => v.lon);
      expect(lons).toEqual([...lons].sort((a, b) => a - b));
    });

    test('a group of places zooms in on them, down to each place’s own marker', async ({
      page,
    }) => {
      const map = await openMap(page);
      const groups = map.locator('.leaflet-marker-pane .map-group');
      const first = (await placesOnMap(map)).find((m) => m.group)!;
      const lead = venue(first.ids[0]!);
      const own = map.locator(`.leaflet-marker-pane [data-venue-id="${lead.id}"]`);
      await expect(own).toHaveCount(0);
      // Each tap or click zooms in, until the lead place has a marker of its own.
      for (let step = 0; step < 6 && (await own.count()) === 0; step++) {
        const holding = groups.filter({
          has: page.locator(
            `xpath=self::*[contains(concat(' ', @data-group-of, ' '), ' ${lead.id} ')]`,
          ),
        });
        await expect(holding).toHaveCount(1);
        const before = await page.evaluate(() => location.search);
        if (device.touch) await holding.tap();
        else await holding.click();
        // Zooming is a view of the map, not a filter: the link does not change.
        expect(await page.evaluate(() => location.search)).toBe(before);
        await page.waitForTimeout(400);
      }
      await expect(own).toHaveCount(1);
      await expect(own).toBeInViewport();
      // Their elements, which are the Tab order, are still west to east after the zoom.
      const lons = await map.locator('.leaflet-marker-pane [role="button"]').evaluateAll((els) =>
        els.map((el) => {
          const { venueId, groupOf } = (el as HTMLElement).dataset;
          return venueId ? [venueId] : (groupOf ?? '').split(' ');
        }),
      );
      const meanLon = lons.map(
        (ids) => ids.reduce((sum, id) => sum + venue(id).lon, 0) / ids.length,
      );
      expect(meanLon).toEqual([...meanLon].sort((a, b) => a - b));
      // Every place is still there once, and nothing covers anything at the new zoom.
      await everyPlaceOnce(map);
      const shapes = await markerShapes(map);
      expect(overlapping(shapes.names, shapes.rects)).toEqual([]);
      // Its own marker chooses the place, as anywhere.
      if (device.touch) await own.tap();
      else await own.click();
      await expect(page).toHaveURL(new RegExp(`[?&]venue=${lead.id}(&|$)`));
      await expect(map.getByRole('heading', { level: 3, name: lead.name })).toBeVisible();
    });

    test('“All places” returns from a zoomed-in view to every place, and hides there', async ({
      page,
    }) => {
      const map = await openMap(page);
      const reset = map.getByRole('button', { name: 'All places', exact: true });
      await expect(reset).toBeHidden();
      const start = await placesOnMap(map);
      const group = map.getByRole('button', { name: start.find((m) => m.group)!.label });
      if (device.touch) await group.tap();
      else await group.click();
      await expect(reset).toBeVisible();
      expect((await reset.boundingBox())!.height).toBeGreaterThanOrEqual(device.touch ? 44 : 32);
      await expect.poll(async () => (await placesOnMap(map)).length).not.toBe(start.length);
      if (device.touch) await reset.tap();
      else await reset.click();
      await expect(reset).toBeHidden();
      await expect.poll(() => placesOnMap(map)).toEqual(start);
      // From the keyboard too, and the focus stays on the map when the button goes.
      await map.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await expect(reset).toBeVisible();
      await reset.focus();
      await page.keyboard.press('Enter');
      await expect(reset).toBeHidden();
      await expect(map.locator('.leaflet-container')).toBeFocused();
    });

    test('a shared link to a place in a group shows that place on its own marker', async ({
      page,
    }) => {
      const { map, place, own } = await openChosenGroupMember(page);
      await expect(own).toBeVisible();
      await expect(own).toHaveAttribute('aria-pressed', 'true');
      await expect(map.locator(`.map-group[data-group-of~="${place.id}"]`)).toHaveCount(0);
      await everyPlaceOnce(map);
      const shapes = await markerShapes(map);
      expect(overlapping(shapes.names, shapes.rects)).toEqual([]);
    });

    test('Enter on a group zooms in and the focus stays on one of its places', async ({ page }) => {
      const map = await openMap(page);
      const first = (await placesOnMap(map)).find((m) => m.group)!;
      const group = map.getByRole('button', { name: first.label, exact: true });
      const zoom = () =>
        page.evaluate(() => document.querySelector('.leaflet-proxy')?.getAttribute('style') ?? '');
      const before = await zoom();
      await group.focus();
      await page.keyboard.press('Enter');
      await expect.poll(zoom).not.toBe(before);
      // Once the markers are laid out for the new zoom, the focus is on a marker standing for some
      // of the group's places: a place's own, or a smaller group. Not on the page, not lost.
      const focusedIds = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el?.closest('.leaflet-marker-pane')) return [];
          return el.dataset.venueId ? [el.dataset.venueId] : (el.dataset.groupOf ?? '').split(' ');
        });
      await expect
        .poll(async () => {
          const ids = await focusedIds();
          return (
            ids.length > 0 &&
            ids.length < first.ids.length &&
            ids.every((id) => first.ids.includes(id))
          );
        })
        .toBe(true);
    });

    test('a chosen place that goes back into a group passes the focus to the group', async ({
      page,
    }) => {
      const { map, place, own } = await openChosenGroupMember(page);
      await own.focus();
      // Enter again unchooses it: it rejoins its group, whose disc now has the focus.
      await page.keyboard.press('Enter');
      await expect(page).not.toHaveURL(/venue=/);
      await expect(own).toHaveCount(0);
      const holding = map.locator(`.map-group[data-group-of~="${place.id}"]`);
      await expect(holding).toBeFocused();
    });

    test('every map control is at least 24 × 24 px', async ({ page }) => {
      const map = await openMap(page);
      await map.getByRole('button', { name: venue('geneva').name, exact: true }).click();
      await map.locator('.map-places summary').click();
      const controls = map.locator(
        '.leaflet-control-zoom a, .leaflet-marker-pane [role="button"], .map-panel button, .map-places summary, .map-places button',
      );
      const small: string[] = [];
      for (const el of await controls.all()) {
        const box = await el.boundingBox();
        if (!box) continue;
        if (box.width < 24 || box.height < 24) {
          const name = (await el.getAttribute('aria-label')) ?? (await el.textContent()) ?? '?';
          small.push(`${name.slice(0, 30)} ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
      }
      expect(await controls.count()).toBeGreaterThan(venues.length);
      expect(small).toEqual([]);
    });
  });
}

// Lighthouse's phone (412 × 823) as well as ours: the layout differs with the map's width.
for (const device of [
  { name: 'desktop', viewport: { width: 1400, height: 900 }, touch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  { name: 'Lighthouse phone', viewport: { width: 412, height: 823 }, touch: true },
]) {
  test.describe(`on ${device.name}`, () => {
    test.use({ viewport: device.viewport, hasTouch: device.touch, isMobile: device.touch });

    test('axe finds every map target big enough and clear of the others', async ({ page }) => {
      await openMap(page);
      const results = await new AxeBuilder({ page })
        .include('.view--map')
        .withRules(['target-size'])
        .analyze();
      const summary = results.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`),
      );
      expect(summary).toEqual([]);
    });
  });
}

test('the size key shows round numbers at the radii the markers use', async ({ page }) => {
  const map = await openMap(page);
  const steps = map.locator('.map-legend__step');
  const max = Math.max(...peopleById.values());
  await expect(steps).not.toHaveCount(0);
  const radiusOf = new Map<string, number>();
  for (const el of await map.locator('.leaflet-marker-pane [data-venue-id]').all()) {
    radiusOf.set(
      (await el.getAttribute('data-venue-id')) ?? '',
      Number(await el.getAttribute('data-radius')),
    );
  }
  for (const step of await steps.all()) {
    const number = (await step.locator('.map-legend__number').textContent()) ?? '';
    const people = Number(number.replace(/,/g, ''));
    expect(number).toMatch(/^[125]0*$|^[125],000(,000)*$|^[125]0,000$|^[125]00,000$/);
    expect(people).toBeLessThanOrEqual(max);
    const circle = step.locator('circle');
    const r = Number(await circle.getAttribute('r'));
    // Drawn at that radius on screen (the outline adds a pixel or two).
    const box = await circle.boundingBox();
    expect(Math.abs(box!.width - 2 * r)).toBeLessThanOrEqual(2);
    // Consistent with every marker: more people never draws a smaller circle.
    // Places in a group have no marker of their own at this zoom.
    for (const v of venues.filter((x) => radiusOf.has(x.id))) {
      const p = peopleById.get(v.id) ?? 0;
      const mr = radiusOf.get(v.id) ?? NaN;
      if (p <= people) expect(mr, `${v.name}: ${p} people`).toBeLessThanOrEqual(r);
      if (p >= people) expect(mr, `${v.name}: ${p} people`).toBeGreaterThanOrEqual(r);
    }
  }
  await expect(map.locator('.map-legend__size')).toContainText('people exchanged');
});

test('Escape closes the place panel and gives focus back to the marker', async ({ page }) => {
  const map = await openMap(page);
  const place = venue('istanbul');
  const marker = map.getByRole('button', { name: place.name, exact: true });
  await marker.focus();
  await page.keyboard.press('Enter');
  const panel = map.getByRole('region', { name: place.name, exact: true });
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/venue=/);
  await expect(marker).toBeFocused();
  // From inside the panel too: Escape on one of its buttons.
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Clear venue' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(marker).toBeFocused();
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a place’s panel marks what the sources only imply and lists the sources for it', async ({
  page,
}) => {
  const place = venues.find((v) => v.inferred.length > 0 && v.evidence.length > 0);
  test.skip(!place, 'no place with an inference and evidence in venues.json');
  await page.goto(`./?venue=${place!.id}`);
  await viewsReady(page);
  const map = page.getByRole('region', { name: regions.map, exact: true });
  const panel = map.getByRole('region', { name: place!.name, exact: true });
  for (const inference of place!.inferred)
    await expect(panel.locator('.inference', { hasText: inference.reasoning })).toBeVisible();
  await panel.getByText(`Sources for this place (${place!.evidence.length})`).click();
  await expect(panel.locator('.evidence')).toHaveCount(place!.evidence.length);
  // Each source is named, never an unknown id.
  await expect(panel.getByText(/unknown source/)).toHaveCount(0);
  await expect(panel.locator('.evidence__source cite').first()).not.toBeEmpty();
  expect(await new AxeBuilder({ page }).include('.map-panel').analyze()).toMatchObject({
    violations: [],
  });
});

test('a year’s map fades the places with nothing in that year, and says so', async ({ page }) => {
  const year = '2025';
  const inYear = new Set(
    venueTotals(
      venues,
      index.list.filter((p) => p.event.date.startsWith(year)),
    )
      .filter((t) => t.events > 0)
      .map((t) => t.venue.id),
  );
  const faded = venues.filter((v) => !inYear.has(v.id));
  test.skip(faded.length === 0 || inYear.size === 0, 'every place or none has events in 2025');
  await page.goto(`./?from=${year}-01-01&to=${year}-12-31`);
  await viewsReady(page);
  const map = page.getByRole('region', { name: regions.map, exact: true });
  const own = map.locator('.leaflet-marker-pane [data-venue-id]');
  await expect(own.first()).toBeVisible();
  for (const el of await own.all()) {
    const id = (await el.getAttribute('data-venue-id'))!;
    if (inYear.has(id)) await expect(el).not.toHaveClass(/map-marker--quiet/);
    else {
      await expect(el).toHaveClass(/map-marker--quiet/);
      await expect(el).toHaveAttribute('aria-label', /\(no events in the selected dates\)$/);
    }
  }
  await expect(map.getByText('Faded: no events in the selected dates')).toBeVisible();
});
