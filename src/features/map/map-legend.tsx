/** The map's key: one shape and colour per kind of place, and what a marker's size means. */
import { formatCount } from '../../domain/format-number';
import { kindLabels, venueKinds } from '../../domain/map-places';
import type { SizeStep } from '../../domain/map-size-legend';
import { KindSwatch } from './kind-swatch';

/** Room for the circle's outline inside its SVG box. */
const outline = 2;

/** A reference circle at exactly a marker's radius, with its number of people under it. */
function SizeCircle({ step, tallest }: { step: SizeStep; tallest: number }) {
  const size = 2 * (step.radius + outline);
  const box = 2 * (tallest + outline);
  return (
    <li className="map-legend__step" data-people={step.people}>
      <svg width={size} height={box} viewBox={`0 0 ${size} ${box}`} aria-hidden="true">
        {/* Circles stand on one baseline, as in a printed key. */}
        <circle
          className="map-legend__circle"
          cx={size / 2}
          cy={box - outline - step.radius}
          r={step.radius}
        />
      </svg>
      <span className="map-legend__number">{formatCount(step.people)}</span>
    </li>
  );
}

/** A visible legend under the map. */
export function MapLegend({
  ranged,
  steps,
  quiet,
}: {
  ranged: boolean;
  steps: readonly SizeStep[];
  /** Why some places are drawn faded ("in the selected dates"); null when none is. */
  quiet: string | null;
}) {
  const tallest = steps.reduce((m, s) => Math.max(m, s.radius), 0);
  return (
    <div className="map-legend">
      <ul className="map-legend__kinds" aria-label="Kinds of place">
        {venueKinds.map((kind) => (
          <li key={kind}>
            <KindSwatch kind={kind} />
            {kindLabels[kind]}
          </li>
        ))}
        <li>
          <span className="map-legend__group" aria-hidden="true">
            3
          </span>
          Nearby places: choose to zoom in
        </li>
        {quiet !== null && (
          <li>
            <span className="map-legend__quiet" aria-hidden="true" />
            Faded: no events {quiet}
          </li>
        )}
      </ul>
      <div className="map-legend__size">
        {steps.length > 0 && (
          <ul className="map-legend__steps" aria-label="Marker sizes">
            {steps.map((step) => (
              <SizeCircle key={step.people} step={step} tallest={tallest} />
            ))}
          </ul>
        )}
        <p>
          Size: people exchanged under the deals tied to the place (confirmed and expected)
          {ranged ? ', in the selected dates' : ''}
          {steps.length === 0 ? '; nobody was exchanged in these dates' : ''}.
        </p>
      </div>
    </div>
  );
}
