/**
 * `bench --profile`: where the time goes. A CPU profile (CDP Profiler) of one cold load and of a
 * few range changes and keystrokes, summarised as the functions with the most self and total time.
 * Run it on an unminified build so the names mean something.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { coldLoad, openPage, withTimeout } from './bench-browser';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Functions by self time and by total (inclusive) time, in ms, biggest first. */
export function summariseProfile(profile: CpuProfile, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => {
    const { functionName, url, lineNumber } = n.callFrame;
    return `${functionName || '(anonymous)'} ${url ? `${basename(url)}:${lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const rank = (m: Map<string, number>, skip: RegExp) =>
    [...m]
      .filter(([k]) => !skip.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  return {
    self: rank(self, /^\(idle\)|^\(program\)$/),
    // Entry points and framework plumbing contain everything; they say nothing about the hot spot.
    total: rank(
      total,
      /^\((root|idle|program|anonymous)\)|^(performWorkUntilDeadline|workLoop|flushWork|renderRootSync|performWorkOnRoot|commitRoot|runWithFiberInDEV)\b/,
    ),
  };
}

async function record(cdp: CDPSession, run: () => Promise<void>): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  return profile;
}

async function clickPresets(page: Page, n: number): Promise<void> {
  const presets = page.locator('[aria-label="Date presets"] button:not(.range-control__reset)');
  for (let i = 0; i < n; i++) {
    await presets.nth(1 + (i % 2)).click();
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  }
}

/** Profiles one cold load and a burst of interactions; writes the .cpuprofile files next to `outBase`. */
export async function profileSize(
  browser: Browser,
  url: string,
  outBase: string,
  timeoutMs: number,
) {
  const { context, page } = await openPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    const load = await record(cdp, async () => {
      await coldLoad(page, url, timeoutMs);
    });
    writeFileSync(`${outBase}-load.cpuprofile`, JSON.stringify(load));
    const interact = await record(cdp, async () => {
      await withTimeout(clickPresets(page, 6), 120_000, 'profile: presets');
      const box = page.getByLabel('Search quotes');
      await box.click();
      for (const ch of 'prison') {
        await page.keyboard.type(ch);
        await page.waitForTimeout(50);
      }
      await page.waitForFunction(
        () => document.querySelector('[aria-busy="true"]') === null,
        null,
        {
          timeout: 60_000,
        },
      );
    });
    writeFileSync(`${outBase}-interact.cpuprofile`, JSON.stringify(interact));
    return { load: summariseProfile(load), interact: summariseProfile(interact) };
  } finally {
    await context.close();
  }
}
