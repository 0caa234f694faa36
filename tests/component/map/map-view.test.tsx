import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useAppStore } from '../../../src/state/store';
import { fixtureVenues, markerElements, publicData, renderMap, stubFetch } from './map-fixtures';

beforeEach(() => {
  resetStore();
  stubFetch();
  // Leaflet restores the page's scroll after focusing the map on mousedown; jsdom has no scrolling.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

describe('MapView markers', () => {
  it('draws one button per place in the curated data, named by the place', async () => {
    const { venues, events } = publicData();
    const { container } = renderMap({ venues, events });
    const region = await screen.findByRole('region', {
      name: 'Where deals were struck and prisoners handed over',
    });
    await waitFor(() => expect(markerElements(container)).toHaveLength(venues.length));
    for (const v of venues) {
      const button = within(region).getByRole('button', { name: v.name });
      expect(button).toHaveClass(`map-marker--${v.kind}`);
      expect(button).toHaveAttribute('tabindex', '0');
      expect(button).toHaveAttribute('aria-pressed', 'false');
    }
  });

  it('selects a place on click, marks it pressed, and clears it on a second click', async () => {
    const user = userEvent.setup();
    renderMap();
    const alpha = await screen.findByRole('button', { name: 'Alpha City' });
    await user.click(alpha);
    expect(useAppStore.getState().venue).toBe('alpha');
    expect(alpha).toHaveAttribute('aria-pressed', 'true');
    expect(alpha).toHaveClass('map-marker--selected');
    await user.click(alpha);
    expect(useAppStore.getState().venue).toBeNull();
    expect(alpha).toHaveAttribute('aria-pressed', 'false');
  });

  it('selects the focused place with Enter and keeps focus on it', async () => {
    const user = userEvent.setup();
    renderMap();
    const bravo = await screen.findByRole('button', { name: 'Bravo Crossing' });
    bravo.focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().venue).toBe('bravo');
    expect(document.activeElement).toBe(bravo);
  });

  it('sizes markers by people exchanged in the date range', async () => {
    const { container } = renderMap();
    await waitFor(() => expect(markerElements(container)).toHaveLength(3));
    const marker = (name: string) =>
      screen.getByRole('button', { name: new RegExp(`^${name}($| \\()`) });
    const width = (name: string) => parseFloat(marker(name).style.width);
    expect(width('Bravo Crossing')).toBeGreaterThan(width('Charlie Hospital'));
    expect(container.querySelectorAll('.map-marker--quiet')).toHaveLength(0);
    // Before the deal's exchanges, nobody was exchanged: every marker is the smallest size.
    useAppStore.getState().setRange('2026-01-01', '2026-01-31');
    await waitFor(() => expect(width('Bravo Crossing')).toBe(width('Charlie Hospital')));
    // Places with nothing in these dates step back, and say so; Alpha held its talks then.
    expect(
      screen.getByRole('button', { name: 'Bravo Crossing (no events in the selected dates)' }),
    ).toHaveClass('map-marker--quiet');
    expect(screen.getByRole('button', { name: 'Alpha City' })).not.toHaveClass('map-marker--quiet');
    expect(screen.getByText('Faded: no events in the selected dates')).toBeInTheDocument();
    // Chosen, a faded place is drawn as chosen.
    useAppStore.getState().selectVenue('bravo');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Bravo Crossing' })).not.toHaveClass(
        'map-marker--quiet',
      ),
    );
  });

  it('highlights the hovered exchange’s places without rebuilding any marker', async () => {
    const { container } = renderMap();
    await waitFor(() => expect(markerElements(container)).toHaveLength(3));
    const before = markerElements(container);
    useAppStore.getState().setHoveredEvent('stage-1');
    const alpha = screen.getByRole('button', { name: 'Alpha City' });
    const bravo = screen.getByRole('button', { name: 'Bravo Crossing' });
    await waitFor(() => expect(bravo).toHaveClass('map-marker--highlighted'));
    expect(alpha).toHaveClass('map-marker--highlighted');
    expect(screen.getByRole('button', { name: 'Charlie Hospital' })).not.toHaveClass(
      'map-marker--highlighted',
    );
    // The very same elements: no icon was rebuilt, so nothing lost focus or flickered.
    markerElements(container).forEach((el, i) => expect(el).toBe(before[i]));
    useAppStore.getState().setHoveredEvent(null);
    await waitFor(() => expect(bravo).not.toHaveClass('map-marker--highlighted'));
  });

  it('keeps hostile place names as inert text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">Evil';
    const { container } = renderMap({
      venues: [{ ...fixtureVenues[0]!, name: hostile, description: '<b>bold</b>' }],
      events: [],
    });
    const marker = await screen.findByRole('button', { name: hostile });
    await userEvent.setup().click(marker);
    expect(await screen.findByRole('heading', { level: 3, name: hostile })).toBeInTheDocument();
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('draws the offline basemap from the bundled world atlas', async () => {
    const fetchMock = stubFetch();
    const { container } = renderMap();
    await waitFor(() =>
      expect(container.querySelectorAll('.leaflet-basemap-pane path').length).toBeGreaterThan(0),
    );
    // The other requests are the data files this render did not preload.
    const urls = fetchMock.mock.calls
      .map(([input]) => String(input))
      .filter((url) => !/\/data\/\w+\.json$/.test(url));
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/countries-110m.*\.json/);
    expect(urls[0]).not.toMatch(/^https?:/);
  });
});
