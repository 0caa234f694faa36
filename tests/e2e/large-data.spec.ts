/**
 * A large data file is checked in a worker (src/data/check-in-worker.ts): the page gets the same
 * records and the same located problems as when it checks a small file itself.
 */
import { readFileSync } from 'node:fs';
import { expect, regions, test } from './fixtures';

interface Ev {
  id: string;
  type: string;
  agreementId?: string | null;
  talksId?: string | null;
  toUkraine?: { total: unknown };
}
const events: Ev[] = JSON.parse(readFileSync('public/data/events.json', 'utf8'));

/** The curated events copied until the file passes the worker's threshold (ids made unique). */
function largeEvents(copies: number): Ev[] {
  const all: Ev[] = [...events];
  for (let c = 1; c < copies; c++) {
    const suffix = `-copy-${c}`;
    const renamed = (id: string | null | undefined) => (id ? `${id}${suffix}` : id);
    for (const e of events) {
      all.push({
        ...e,
        id: `${e.id}${suffix}`,
        agreementId: renamed(e.agreementId),
        talksId: renamed(e.talksId),
      });
    }
  }
  return all;
}

test('a large events file is checked off the page: a broken record is left out and named', async ({
  page,
}) => {
  const big = largeEvents(8);
  const at = big.findIndex((e) => e.id.endsWith('-copy-5') && e.type === 'exchange');
  const broken = big[at]!;
  big[at] = { ...broken, toUkraine: { total: 'lots' } };
  const body = JSON.stringify(big);
  expect(body.length).toBeGreaterThan(2_000_000);
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('./?from=2022-01-01');

  const notice = page.locator('#left-out');
  await expect(notice).toContainText('1 record was left out of the views');
  await expect(notice).toContainText(
    `events.json › record "${broken.id}" (#${at}) › toUkraine.total`,
  );
  await expect(
    page.getByRole('region', { name: regions.events }).getByRole('status').first(),
  ).toContainText(`${(big.length - 1).toLocaleString('en-GB')} events`);
  expect(workers.some((url) => /check-file\.worker/.test(url))).toBe(true);
});
