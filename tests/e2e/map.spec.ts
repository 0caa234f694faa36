/** The map as a person uses it: find places, click or press Enter on them, open an exchange's link. */
import { readFileSync } from 'node:fs';
import { fileSchemas } from '../../src/data/schemas';
import { buildEventIndex } from '../../src/domain/event-index';
import { exchangeLinkOf } from '../../src/domain/map-links';
import { expect, regions, test } from './fixtures';

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

test('every place is a named button on a drawn basemap', async ({ page }) => {
  await page.goto('./');
  const map = page.getByRole('region', { name: regions.map, exact: true });
  for (const id of ['geneva', 'abu-dhabi', 'istanbul', 'belarus-handover']) {
    await expect(map.getByRole('button', { name: venue(id).name, exact: true })).toBeVisible();
  }
  await expect(map.locator('.leaflet-marker-pane [role="button"]')).toHaveCount(venues.length);
  // Country outlines come from the bundled world atlas, drawn as SVG paths.
  await expect.poll(() => map.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(100);
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
  await expect(map.locator('.leaflet-marker-pane [role="button"]')).toHaveCount(venues.length);
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
