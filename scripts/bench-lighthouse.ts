/**
 * Lighthouse against the production build: the mobile preset (its default throttling: a slow 4G
 * link and a 4× slower CPU) and the desktop preset, each the median of three runs, on Debian's
 * Chromium started by chrome-launcher. lighthouse is pinned at 12.2.3, the last release that runs
 * on Node 20.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from './chromium';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; siMs: number };
  /** Audits that scored below 0.9 (performance opportunities and failed checks), by id. */
  failing: string[];
}

export interface LighthouseSummary {
  preset: Preset;
  /** The run with the median performance score. */
  median: LighthouseRun;
  runs: LighthouseRun[];
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

async function runOnce(url: string, preset: Preset): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('lighthouse returned nothing');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => a.id)
      .sort();
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      },
      metrics: {
        fcpMs: Math.round(metric('first-contentful-paint')),
        lcpMs: Math.round(metric('largest-contentful-paint')),
        tbtMs: Math.round(metric('total-blocking-time')),
        cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
        siMs: Math.round(metric('speed-index')),
      },
      failing,
    };
  } finally {
    await chrome.kill();
  }
}

/** Three runs of a preset; the median is the run with the middle performance score. */
export async function lighthouseSummary(
  url: string,
  preset: Preset,
  runs = 3,
): Promise<LighthouseSummary> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(url, preset));
  const sorted = [...all].sort((a, b) => a.scores.performance - b.scores.performance);
  return { preset, median: sorted[Math.floor(sorted.length / 2)]!, runs: all };
}

/** The Lighthouse rows of the benchmark's table. */
export function formatLighthouse(summaries: readonly LighthouseSummary[]): string {
  const rows = summaries.map(({ preset, median: m, runs }) => {
    const perf = runs.map((r) => r.scores.performance).join('/');
    return [
      `Lighthouse ${preset} (median of ${runs.length}; perf runs ${perf})`,
      `performance ${m.scores.performance} · accessibility ${m.scores.accessibility} · best practices ${m.scores.bestPractices} · SEO ${m.scores.seo}`,
      `FCP ${(m.metrics.fcpMs / 1000).toFixed(2)} s · LCP ${(m.metrics.lcpMs / 1000).toFixed(2)} s · TBT ${m.metrics.tbtMs} ms · CLS ${m.metrics.cls} · SI ${(m.metrics.siMs / 1000).toFixed(2)} s`,
      `failing audits: ${m.failing.length > 0 ? m.failing.join(', ') : 'none'}`,
    ].join('\n  ');
  });
  return rows.join('\n');
}
