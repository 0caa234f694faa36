/** The map's key: one shape and colour per kind of place, and what a marker's size means. */
import { kindLabels, venueKinds } from '../../domain/map-places';
import { KindSwatch } from './kind-swatch';

/** A visible legend under the map. */
export function MapLegend({ ranged }: { ranged: boolean }) {
  return (
    <div className="map-legend">
      <ul className="map-legend__kinds" aria-label="Kinds of place">
        {venueKinds.map((kind) => (
          <li key={kind}>
            <KindSwatch kind={kind} />
            {kindLabels[kind]}
          </li>
        ))}
      </ul>
      <p className="map-legend__size">
        <KindSwatch kind="talks" radius={4} />
        <KindSwatch kind="talks" radius={9} />
        Size: people exchanged under the deals tied to the place (confirmed and expected)
        {ranged ? ', in the selected dates' : ''}.
      </p>
    </div>
  );
}
