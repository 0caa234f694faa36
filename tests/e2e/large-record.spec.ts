/**
 * A record far larger than the curated one, as a reader meets it: a place with hundreds of events
 * and hundreds of talks rounds stay readable lists instead of thousands of elements.
 */
import { generateDataset } from '../../scripts/gen-data';
import { dataFileNames } from '../../src/data/schemas';
import { buildEventIndex } from '../../src/domain/event-index';
import { venueTotals } from '../../src/domain/venue-totals';
import { expect, regions, test } from './fixtures';

const big = generateDataset({ events: 2000, quotes: 200, seed: 3 });
const index = buildEventIndex(big.events);
const busiest = venueTotals(big.venues, index.list).sort((a, b) => b.events - a.events)[0]!;
const rounds = big.events.filter((e) => e.type === 'talks').length;

test.beforeEach(async ({ page }) => {
  for (const name of dataFileNames)
    await page.route(`**/data/${name}.json`, (route) =>
      route.fulfill({ json: big[name], contentType: 'application/json' }),
    );
});

test('a place with hundreds of events lists them 25 at a time', async ({ page }) => {
  expect(busiest.events).toBeGreaterThan(125);
  await page.goto(`./?venue=${busiest.venue.id}`);
  const map = page.getByRole('region', { name: regions.map, exact: true });
  const panel = map.getByRole('region', { name: busiest.venue.name, exact: true });
  const listed = panel.locator('.map-panel__events button');
  await expect(listed).toHaveCount(25);
  const more = panel.getByRole('button', { name: /^Show more/ });
  await expect(more).toHaveText(`Show more (100 of ${busiest.events - 25} not shown)`);
  await more.click();
  await expect(listed).toHaveCount(125);
  // Focus goes to the first event the click added, so a keyboard reader reads on from there.
  await expect(listed.nth(25)).toBeFocused();
  // The events are still buttons that select the event.
  await listed.nth(30).click();
  await expect(listed.nth(30)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]event=/);
});

test('hundreds of talks rounds: the list offers the latest hundred and says how to reach the rest', async ({
  page,
}) => {
  expect(rounds).toBeGreaterThan(100);
  await page.goto('./');
  const select = page.getByRole('combobox', { name: /Talks round → exchanges/ });
  await expect(select.locator('option[value^="talks-"]')).toHaveCount(100);
  const note = select.locator('option', { hasText: 'earlier rounds' });
  await expect(note).toHaveText(
    `${rounds - 100} earlier rounds: set their dates under From and To`,
  );
  await expect(note).toBeDisabled();
  // Choosing the oldest listed round sets the range to it.
  const first = select.locator('option[value^="talks-"]').first();
  const value = await first.getAttribute('value');
  await select.selectOption(value!);
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
  await expect(select).toHaveValue(value!);
});
