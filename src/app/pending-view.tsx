/**
 * A view that is not drawn yet (its code still on the way, or its turn not come): its region, name,
 * anchor and room, so links to it work and nothing moves when it arrives.
 */
import { Loading } from '../components/loading';
import { ViewRegion } from '../components/view-region';
import { mapTitle } from '../features/map/map-title';

export const pendingViews = {
  map: { title: mapTitle, anchor: 'map', className: 'view--map view--pending', what: 'the map' },
  quotes: {
    title: 'Quotes',
    anchor: 'quotes',
    className: 'view--quotes view--pending',
    what: 'quotes',
  },
  events: {
    title: 'Exchanges',
    anchor: 'events',
    className: 'view--events view--pending',
    what: 'events',
  },
};

export function PendingView({ view }: { view: (typeof pendingViews)[keyof typeof pendingViews] }) {
  return (
    <ViewRegion {...view}>
      <Loading what={view.what} />
    </ViewRegion>
  );
}
