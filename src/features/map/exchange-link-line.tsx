/** The dashed line of the selected exchange, from where its deal was agreed to its handover. */
import { Polyline } from 'react-leaflet';
import type { PathOptions } from 'leaflet';
import type { ExchangeLink } from '../../domain/map-links';

const linkStyle: PathOptions = {
  color: '#1d1d1b',
  weight: 3,
  dashArray: '8 6',
};

/** Draws the link's segments; nothing when no segment has both ends recorded. */
export function ExchangeLinkLine({ link }: { link: ExchangeLink | null }) {
  if (!link || link.segments.length === 0) return null;
  // Keyed by event so a new exchange draws a new line instead of mutating the old one.
  return (
    // className and interactive only take effect at creation, so they are props, not pathOptions.
    <Polyline
      key={link.eventId}
      className="map-link"
      interactive={false}
      positions={link.segments}
      pathOptions={linkStyle}
    />
  );
}
