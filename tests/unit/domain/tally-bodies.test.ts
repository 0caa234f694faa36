import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tallyBodies, tallyBodyOf, tallyShape } from '../../../src/domain/tally-bodies';

describe('tallyBodyOf', () => {
  it('tells the bodies that keep their own counts apart', () => {
    expect(tallyBodyOf('Coordination Headquarters for the Treatment of Prisoners of War')).toBe(
      'hq',
    );
    expect(tallyBodyOf('Ukrainian Parliament Commissioner for Human Rights Dmytro Lubinets')).toBe(
      'ombudsman',
    );
    expect(tallyBodyOf('Ombudsman Dmytro Lubinets')).toBe('ombudsman');
    expect(tallyBodyOf('President of Ukraine')).toBe('president');
    expect(tallyBodyOf('Head of the Office of the President Kyrylo Budanov')).toBe('president');
    expect(tallyBodyOf('Deputy Prime Minister Iryna Vereshchuk')).toBe('other');
    expect(tallyBodyOf('Ukrainian officials')).toBe('other');
  });

  it('puts every statement of the curated record in a body the key names', () => {
    const tallies = JSON.parse(readFileSync('public/data/tallies.json', 'utf8')) as {
      statedBy: string;
    }[];
    const named = new Set(tallyBodies.map((b) => b.body));
    const found = new Set(tallies.map((t) => tallyBodyOf(t.statedBy)));
    for (const body of found) expect(named.has(body)).toBe(true);
    expect(found.size).toBe(4);
  });
});

describe('tallyShape', () => {
  it('draws a distinct shape per body, centred on the point', () => {
    expect(tallyShape('hq', 10, 20, 4)).toEqual({ tag: 'circle', cx: 10, cy: 20, r: 4 });
    const corners = (body: 'ombudsman' | 'president' | 'other') => {
      const shape = tallyShape(body, 10, 20, 4);
      if (shape.tag !== 'polygon') throw new Error(`${body} is not a polygon`);
      return shape.points.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
    };
    expect(corners('ombudsman')).toHaveLength(4);
    expect(corners('president')).toHaveLength(3);
    expect(corners('other')).toHaveLength(4);
    // The square's and the diamond's corners sit symmetrically around the point.
    for (const body of ['ombudsman', 'other'] as const) {
      const c = corners(body);
      const mean = (i: 0 | 1) => c.reduce((n, p) => n + p[i], 0) / c.length;
      expect(mean(0)).toBeCloseTo(10);
      expect(mean(1)).toBeCloseTo(20);
    }
    expect(corners('ombudsman')).not.toEqual(corners('other'));
  });
});
