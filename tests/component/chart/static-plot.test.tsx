import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StaticPlot, stepPath } from '../../../src/features/chart/static-plot';
import type { SeriesRow } from '../../../src/domain/cumulative-series';

describe('stepPath', () => {
  it('holds each value until the next point, as a stepAfter line', () => {
    expect(
      stepPath([
        [0, 100],
        [10, 80],
        [20, 50],
      ]),
    ).toBe('M0.0,100.0H10.0V80.0H20.0V50.0');
  });
});

describe('StaticPlot', () => {
  const row = (t: number, ukraine: number) => ({ t, ukraine }) as unknown as SeriesRow;
  it('draws each line on the plot scales, leaving out points outside the window', () => {
    const { container } = render(
      <StaticPlot
        rows={[row(0, 0), row(50, 10), row(100, 20), row(200, 30)]}
        lines={[{ dataKey: 'ukraine', stroke: 'blue', strokeWidth: 2 }]}
        domain={[0, 100]}
        frame={{ width: 200, height: 120, top: 10, right: 190, bottom: 110, left: 10 }}
        yTop={20}
        yTicks={[{ value: 0, text: '0' }]}
        xTicks={[{ value: 50, text: 'Mid' }]}
      />,
    );
    const svg = container.querySelector('svg.chart-static');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 200 120');
    expect(container.querySelector('path.chart-static__line')?.getAttribute('d')).toBe(
      'M10.0,110.0H100.0V60.0H190.0V10.0',
    );
    expect(svg?.textContent).toContain('Mid');
    // No inline style: the static page's CSP would refuse it.
    expect(container.innerHTML).not.toContain('style=');
  });

  it('draws lines with rows of their own (the bodies) under the main lines', () => {
    const { container } = render(
      <StaticPlot
        rows={[row(0, 0), row(100, 20)]}
        lines={[{ dataKey: 'ukraine', stroke: 'blue', strokeWidth: 2 }]}
        domain={[0, 100]}
        frame={{ width: 200, height: 120, top: 10, right: 190, bottom: 110, left: 10 }}
        yTop={20}
        yTicks={[]}
        xTicks={[]}
        extra={{
          rows: [row(0, 0), row(50, 10)],
          lines: [{ dataKey: 'ukraine', stroke: 'grey', strokeWidth: 1.5, strokeDasharray: '2 2' }],
        }}
      />,
    );
    const paths = [...container.querySelectorAll('path.chart-static__line')];
    expect(paths.map((p) => [p.getAttribute('stroke'), p.getAttribute('d')])).toEqual([
      ['grey', 'M10.0,110.0H100.0V60.0'],
      ['blue', 'M10.0,110.0H190.0V10.0'],
    ]);
    expect(paths[0]?.getAttribute('stroke-dasharray')).toBe('2 2');
  });
});
