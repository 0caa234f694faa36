import { describe, expect, it } from 'vitest';
import { drawMarker, markerIcon } from '../../../src/features/map/marker-icon';
import { drawnReach, targetReach } from '../../../src/features/map/marker-shape';
import { venueKindSchema } from '../../../src/data/schemas';

const venueKindValues = venueKindSchema.options;

const radii = [0, 3, 6, 9, 14, 22, 31];

describe('a marker’s element is exactly its target', () => {
  it('holds the drawn shape, is never under 24 px, and is whole pixels', () => {
    for (const kind of venueKindValues) {
      for (const radius of radii) {
        const target = targetReach(kind, radius);
        const drawn = drawnReach(kind, radius);
        for (const side of ['left', 'top', 'right', 'bottom'] as const) {
          expect(target[side]).toBeGreaterThanOrEqual(Math.max(12, drawn[side]));
          expect(target[side]).toBeLessThan(Math.max(12, drawn[side]) + 1);
          expect(Number.isInteger(target[side])).toBe(true);
        }
      }
    }
  });

  it('draws the element as that box around the displaced centre', () => {
    for (const kind of venueKindValues) {
      const radius = 14;
      const r = targetReach(kind, radius);
      const icon = markerIcon(kind, radius);
      expect(icon.options.iconSize).toEqual([r.left + r.right, r.top + r.bottom]);
      expect(icon.options.iconAnchor).toEqual([r.left, r.top]);
      const element = document.createElement('div');
      drawMarker(element, { kind, radius, dx: 5, dy: -7, name: 'Geneva' });
      expect(element.style.width).toBe(`${r.left + r.right}px`);
      expect(element.style.height).toBe(`${r.top + r.bottom}px`);
      expect(element.style.marginLeft).toBe(`${5 - r.left}px`);
      expect(element.style.marginTop).toBe(`${-7 - r.top}px`);
      const svg = element.querySelector('svg')!;
      expect(svg.getAttribute('width')).toBe(String(r.left + r.right));
      expect(svg.getAttribute('viewBox')).toBe(
        `${-r.left} ${-r.top} ${r.left + r.right} ${r.top + r.bottom}`,
      );
    }
  });
});
