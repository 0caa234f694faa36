/** "Where deals were struck and prisoners handed over": where deals were struck and people handed over, as a map and as a list. */
// Markers placed in 2D, one compositing layer for all rather than one each (see the module).
import './leaflet-flat';
import { memo } from 'react';
import { mapTitle } from './map-title';
import { ViewShell } from '../../components/view-shell';
import { selectMapView } from '../../derived/map';
import type { MapModel } from '../../derived/map';
import { useInSight } from '../../components/use-in-sight';
import { selectLargeRecord, useDeferredDerived, useDerived } from '../../derived/use-derived';
import type { ExchangeLink } from '../../domain/map-links';
import { useReportRendered } from '../../instrumentation/render-marks';
import { useAppStore } from '../../state/store';
import { BasemapNote } from './basemap-layer';
import { MapLegend } from './map-legend';
import { PlaceList } from './place-list';
import { VenueMap } from './venue-map';
import { useEscapeClosesPanel } from './use-escape-closes-panel';
import { VenuePanel } from './venue-panel';

/** The map view, with its loading and error states. */
export function MapView() {
  const { value: state, stale } = useDeferredDerived(
    selectMapView,
    useInSight('map', useDerived(selectLargeRecord)),
  );
  useReportRendered('map', state.status !== 'loading');
  return (
    <ViewShell
      title={mapTitle}
      anchor="map"
      className="view--map"
      loading="places"
      state={state}
      busy={stale}
      empty={(model) => (model.venues.length === 0 ? 'No places are recorded yet.' : null)}
    >
      {(model) => <MapBody model={model} />}
    </ViewShell>
  );
}

/** The text of the selected exchange's link, for everyone who cannot see the dashed line. */
function LinkNote({ link }: { link: ExchangeLink | null }) {
  return (
    <p className="map-link-note" aria-live="polite">
      {link && (
        <>
          <strong>{link.title}:</strong> {link.description}.
        </>
      )}
    </p>
  );
}

const clearVenue = () => useAppStore.getState().selectVenue(null);

// The key explains the faded places only where one is drawn faded: the chosen place never is.
const fadedDrawn = (model: MapModel) =>
  [...model.quiet].some((id) => id !== model.selected?.venue.id);

// Memoised on its props: a view kept out of sight re-renders its region, not its body.
const MapBody = memo(function MapBody({ model }: { model: MapModel }) {
  const onKeyDown = useEscapeClosesPanel(model.selected?.venue.id ?? null, clearVenue);
  return (
    // display: contents — the wrapper only listens for Escape; the view's layout is unchanged.
    <div className="map-view__body" onKeyDown={onKeyDown}>
      <VenueMap model={model} />
      <LinkNote link={model.link} />
      <BasemapNote />
      <MapLegend
        ranged={model.ranged}
        steps={model.sizeLegend}
        quiet={fadedDrawn(model) ? model.quietWhy : null}
      />
      {model.selected && (
        <VenuePanel
          key={model.selected.venue.id}
          totals={model.selected}
          events={model.selectedEvents}
          ranged={model.ranged}
        />
      )}
      <PlaceList totals={model.totals} />
    </div>
  );
});
