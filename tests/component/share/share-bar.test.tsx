import { copiedShownMs } from '../../../src/components/copy-link';
import { screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartExport } from '../../../src/components/chart-export';
import { ShareBar } from '../../../src/features/share/share-bar';
import { parseUrlState } from '../../../src/state/url-codec';
import { resetStore } from '../../../src/state/store';
import { publicDataset, renderWithData } from '../render-with-data';

let restoreUrl = () => undefined as void;

/** Every blob the page hands to the browser as a download, with its file name. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  // The URL class itself stays real (module loading builds URLs); only its blob statics are caught.
  const real = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob) => {
    last = blob;
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
  restoreUrl = () => {
    URL.createObjectURL = real.create;
    URL.revokeObjectURL = real.revoke;
  };
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) saved.push({ name: this.download, blob: last });
  });
  return saved;
}

/** A blob's text (jsdom's Blob has no .text()). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

beforeEach(() => resetStore('?from=2026-01-01&venue=geneva'));
afterEach(() => {
  vi.unstubAllGlobals();
  restoreUrl();
});

describe('the share bar', () => {
  it('copies the canonical link of the current view', async () => {
    // user-event puts a clipboard of its own on the page; read back what was written to it.
    const { user } = renderWithData(<ShareBar chart={createRef()} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeVisible();
    const copied = new URL(await navigator.clipboard.readText());
    expect(parseUrlState(copied.search).state).toMatchObject({
      from: '2026-01-01',
      venue: 'geneva',
    });
    // It floats over the header: after a few seconds it goes, and a second copy says it again.
    await waitFor(() => expect(screen.queryByText('Link copied')).toBeNull(), {
      timeout: copiedShownMs + 1000,
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeVisible();
  });

  it('downloads exactly the events the filter shows, with the link of the view', async () => {
    const saved = captureDownloads();
    const data = publicDataset();
    const { user } = renderWithData(<ShareBar chart={createRef()} />, data);
    await user.click(screen.getByText('Download'));
    await user.click(screen.getByRole('button', { name: 'Events shown (JSON)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const file = JSON.parse(await textOf(saved[0]!.blob)) as {
      view: string;
      events: { id: string }[];
    };
    expect(saved[0]!.name).toBe('swapwatch-events-from-2026-01-01-venue-geneva.json');
    expect(file.view).toContain('venue=geneva');
    const ids = file.events.map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    // Every row is a 2026 event tied to Geneva (held there, or carrying out a deal agreed there).
    for (const id of ids) {
      const event = data.events.find((e) => e.id === id)!;
      expect(event.date >= '2026-01-01').toBe(true);
    }
    expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${ids.length} events.`);
  });

  it('draws the chart download from the handle the chart gives, and says when there is none', async () => {
    const saved = captureDownloads();
    const chart = createRef<ChartExport>() as { current: ChartExport | null };
    const { user } = renderWithData(<ShareBar chart={chart} />);
    await user.click(screen.getByText('Download'));
    await user.click(screen.getByRole('button', { name: 'Chart (SVG)' }));
    expect(await screen.findByText('Download failed: the chart has nothing drawn.')).toBeVisible();

    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('data-test', 'the-chart');
    chart.current = {
      svg: () => svg,
      legend: () => [{ name: 'Returned to <Ukraine>', stroke: '#1f5fa8' }],
    };
    await user.click(screen.getByRole('button', { name: 'Chart (SVG)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('swapwatch-chart-from-2026-01-01-venue-geneva.svg');
    const file = await textOf(saved[0]!.blob);
    expect(file).toContain('data-test="the-chart"');
    // The download carries its context: the title naming the filter, the key, source and link.
    // (Lines of text read in order: SVG does not wrap, so a long title is broken into lines.)
    const lines = [
      ...new DOMParser().parseFromString(file, 'image/svg+xml').querySelectorAll('text'),
    ]
      .map((t) => t.textContent)
      .join(' ');
    expect(lines).toContain('People returned to Ukraine and to Russia under deals tied to Geneva');
    // At 640 px the title is too long for one line of SVG text, which does not wrap: two lines.
    const title = [
      ...new DOMParser().parseFromString(file, 'image/svg+xml').querySelectorAll('text'),
    ].filter((t) => t.getAttribute('font-weight') === '700');
    expect(title.length).toBe(2);
    expect(file).toContain('From 1 Jan 2026');
    expect(file).toContain('Returned to &lt;Ukraine&gt;');
    expect(file).toContain('Source: Swapwatch — news reports cited per event');
    expect(file).toMatch(/venue=geneva/);
  });
});
