/** A kind's marker shape as inline SVG, for the legend and the list of places. */
import type { VenueKind } from '../../data/schemas';
import { boxSize, shapeOf } from './marker-shape';

/** The shape of a kind at a radius, hidden from screen readers (the text next to it names the kind). */
export function KindSwatch({ kind, radius = 6 }: { kind: VenueKind; radius?: number }) {
  const size = boxSize(radius);
  const c = size / 2;
  const shape = shapeOf(kind, radius, c);
  return (
    <svg
      className={`map-swatch map-swatch--${kind}`}
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      {shape.tag === 'circle' ? (
        <circle className="map-marker__shape" cx={c} cy={c} r={shape.r} />
      ) : (
        <polygon className="map-marker__shape" points={shape.points} />
      )}
    </svg>
  );
}
