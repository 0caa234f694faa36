/** "Negotiation venues": where deals were struck and people handed over, as a map and as a list. */
import { ViewRegion } from '../../components/view-region';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import type { EventRecord, Venue } from '../../data/schemas';
import type { ExchangeLink } from '../../domain/map-links';
import { useReportRendered } from '../../model/render-marks';
import { useViewData } from '../../model/use-view-data';
import { useAppStore } from '../../state/store';
import { BasemapNote } from './basemap-layer';
import { MapLegend } from './map-legend';
import { PlaceList } from './place-list';
import { useMapModel } from './use-map-model';
import { VenueMap } from './venue-map';
import { VenuePanel } from './venue-panel';

const files = ['venues', 'events'] as const;
const title = 'Negotiation venues';

/** The map view, with its loading and error states. */
export function MapView() {
  const data = useViewData(files);
  useReportRendered('map', data.status !== 'loading');
  return (
    <ViewRegion title={title} className="view--map">
      {data.status === 'loading' && <Loading what="places" />}
      {data.status === 'error' && (
        <ErrorPanel title={title} problems={data.problems} onRetry={data.retry} />
      )}
      {data.status === 'ready' && (
        <MapBody venues={data.data.venues ?? []} events={data.data.events ?? []} />
      )}
    </ViewRegion>
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

function MapBody({ venues, events }: { venues: readonly Venue[]; events: readonly EventRecord[] }) {
  const model = useMapModel(venues, events);
  const ranged = useAppStore((s) => s.from !== null || s.to !== null);
  if (venues.length === 0) return <EmptyState>No places are recorded yet.</EmptyState>;
  return (
    <>
      <VenueMap model={model} />
      <LinkNote link={model.link} />
      <BasemapNote />
      <MapLegend ranged={ranged} />
      {model.selected && <VenuePanel totals={model.selected} index={model.index} ranged={ranged} />}
      <PlaceList totals={model.totals} />
    </>
  );
}
