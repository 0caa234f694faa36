/** The names printed on the map, and the leader lines of markers moved off their true spot. */
import { useMemo } from 'react';
import { CircleMarker, Marker, Pane, Polyline } from 'react-leaflet';
import { divIcon } from 'leaflet';
import type { PathOptions } from 'leaflet';
import type { Leader, MapLabel } from './map-layout';

// Above the lines (overlays, 400), below the markers (600): a label never covers a marker anyway,
// but while the map zooms the old layout briefly meets the new view.
const labelPaneStyle = { zIndex: 590 };

/** One name as a non-interactive marker, so Leaflet moves it with the map while zooming. */
function PlaceLabel({ label }: { label: MapLabel }) {
  const { name, width, height, anchorX, anchorY } = label;
  const icon = useMemo(() => {
    // Built as DOM with textContent: a place name is only ever text.
    const text = document.createElement('span');
    text.textContent = name;
    return divIcon({
      html: text,
      className: 'map-label',
      iconSize: [width, height],
      iconAnchor: [anchorX, anchorY],
    });
  }, [name, width, height, anchorX, anchorY]);
  return (
    <Marker
      position={label.position}
      icon={icon}
      interactive={false}
      keyboard={false}
      pane="map-labels"
    />
  );
}

/** The labels that fit at this view; the marker's aria-label already names each place. */
export function PlaceLabels({ labels }: { labels: readonly MapLabel[] }) {
  return (
    <Pane name="map-labels" style={labelPaneStyle}>
      {labels.map((label) => (
        <PlaceLabel key={label.id} label={label} />
      ))}
    </Pane>
  );
}

const leaderStyle: PathOptions = { color: '#55534c', weight: 1, opacity: 0.9 };
const spotStyle: PathOptions = {
  color: '#55534c',
  weight: 1,
  fillColor: '#55534c',
  fillOpacity: 1,
};

/** A hairline from each moved marker to a dot on its true spot. */
export function LeaderLines({ leaders }: { leaders: readonly Leader[] }) {
  return (
    <>
      {leaders.map((leader) => (
        <LeaderLine key={leader.id} leader={leader} />
      ))}
    </>
  );
}

function LeaderLine({ leader }: { leader: Leader }) {
  const positions = useMemo(() => [leader.from, leader.to], [leader.from, leader.to]);
  return (
    <>
      <Polyline
        className="map-leader"
        interactive={false}
        positions={positions}
        pathOptions={leaderStyle}
      />
      <CircleMarker
        className="map-leader__spot"
        interactive={false}
        center={leader.from}
        radius={2}
        pathOptions={spotStyle}
      />
    </>
  );
}
