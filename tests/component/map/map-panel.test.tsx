import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useAppStore } from '../../../src/state/store';
import type { Source, Venue } from '../../../src/data/schemas';
import { MapView } from '../../../src/features/map/map-view';
import { renderWithData } from '../render-with-data';
import { fixtureEvents, fixtureVenues, renderMap, stubFetch } from './map-fixtures';

beforeEach(() => {
  resetStore();
  stubFetch();
});

describe('the selected place', () => {
  it('shows what the place is, its counts, and people confirmed apart from expected', async () => {
    resetStore('?venue=alpha');
    renderMap();
    const panel = await screen.findByRole('region', { name: 'Alpha City' });
    expect(panel).toHaveTextContent('Talks venue · Country of Alpha City');
    expect(panel).toHaveTextContent('About Alpha City.');
    expect(panel).toHaveTextContent('The marker shows the city centre');
    const count = (label: string) =>
      within(panel).getByText(label, { exact: true }).nextElementSibling;
    expect(count('Talks')).toHaveTextContent(/^1$/);
    expect(count('Agreements')).toHaveTextContent(/^1$/);
    expect(count('Exchanges')).toHaveTextContent(/^2$/);
    expect(count('People exchanged, both ways together (confirmed)')).toHaveTextContent(
      /^200 people$/,
    );
    expect(count('People expected, both ways together')).toHaveTextContent(/^100 people$/);
  });

  it('lists the place’s events as buttons that select the event', async () => {
    const user = userEvent.setup();
    resetStore('?venue=alpha');
    renderMap();
    const panel = await screen.findByRole('region', { name: 'Alpha City' });
    const buttons = within(panel).getAllByRole('button', { name: /^Title of / });
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Title of talks-alpha Talks, 10 Jan 2026',
      'Title of deal-alpha Agreement, 11 Jan 2026',
      'Title of stage-1 Exchange, 1 Feb 2026',
      'Title of stage-2 Exchange, 1 Mar 2026, expected',
    ]);
    await user.click(within(panel).getByRole('button', { name: /^Title of stage-1/ }));
    expect(useAppStore.getState().event).toBe('stage-1');
  });

  it('counts only the date range', async () => {
    resetStore('?venue=alpha&from=2026-02-15');
    renderMap();
    const panel = await screen.findByRole('region', { name: 'Alpha City' });
    expect(within(panel).getAllByRole('button', { name: /^Title of / })).toHaveLength(1);
    expect(
      within(panel).getByText('People exchanged, both ways together (confirmed)')
        .nextElementSibling,
    ).toHaveTextContent('0 people');
    expect(
      within(panel).getByText('People expected, both ways together').nextElementSibling,
    ).toHaveTextContent('100 people');
  });

  it('names people expected only where a deal in the dates is still pending', async () => {
    resetStore('?venue=alpha&to=2026-02-15');
    renderMap();
    const panel = await screen.findByRole('region', { name: 'Alpha City' });
    expect(
      within(panel).getByText('People exchanged, both ways together (confirmed)')
        .nextElementSibling,
    ).toHaveTextContent('200 people');
    expect(within(panel).queryByText('People expected, both ways together')).toBeNull();
  });

  it('marks what the sources only imply, and lists the sources for the place', async () => {
    const user = userEvent.setup();
    resetStore('?venue=alpha');
    const alpha: Venue = {
      ...fixtureVenues[0]!,
      evidence: [
        { sourceId: 'src-alpha', note: 'Says the talks met in Alpha.', supports: ['name'] },
      ],
      inferred: [
        { field: 'name', basis: 'inferred', reasoning: 'The report names only the country.' },
      ],
    };
    const source: Source = {
      id: 'src-alpha',
      file: null,
      title: 'Talks in Alpha',
      label: 'Alpha talks',
      publisher: 'Example Wire',
      agencies: [],
      publishedDate: '2026-01-10',
      url: 'https://news.example/alpha',
    };
    renderWithData(<MapView />, {
      venues: [alpha, ...fixtureVenues.slice(1)],
      events: fixtureEvents,
      sources: [source],
    });
    const panel = await screen.findByRole('region', { name: 'Alpha City' });
    expect(panel).toHaveTextContent('inferred The report names only the country.');
    await user.click(within(panel).getByText('Sources for this place (1)'));
    expect(within(panel).getByText('Says the talks met in Alpha.')).toBeVisible();
    expect(within(panel).getByRole('link', { name: /Talks in Alpha/ })).toHaveAttribute(
      'href',
      'https://news.example/alpha',
    );
  });

  it('goes away with “Clear venue”', async () => {
    const user = userEvent.setup();
    resetStore('?venue=bravo');
    renderMap();
    await user.click(await screen.findByRole('button', { name: 'Clear venue' }));
    expect(useAppStore.getState().venue).toBeNull();
    expect(screen.queryByRole('region', { name: 'Bravo Crossing' })).not.toBeInTheDocument();
  });
});

describe('the list of places', () => {
  it('has one button per place with its kind and people, and selects like a marker', async () => {
    const user = userEvent.setup();
    renderMap();
    await user.click(await screen.findByText(`List of places (${fixtureVenues.length})`));
    const bravo = screen.getByRole('button', {
      name: 'Bravo Crossing — Handover point, 200 people',
    });
    expect(
      screen.getByRole('button', { name: 'Alpha City — Talks venue, 300 people' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Charlie Hospital — Reception, 0 people' }),
    ).toBeInTheDocument();
    await user.click(bravo);
    expect(useAppStore.getState().venue).toBe('bravo');
    expect(bravo).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Bravo Crossing' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('the selected exchange', () => {
  it('draws a dashed line from the talks to the handover and says so in words', async () => {
    resetStore('?event=stage-1');
    const { container } = renderMap();
    expect(
      await screen.findByText(/Agreed in Alpha City → handed over in Bravo Crossing/),
    ).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('path.map-link')).toHaveLength(1));
    expect(container.querySelector('path.map-link')).toHaveAttribute('stroke-dasharray', '8 6');
  });

  it('draws nothing for an exchange with no handover place, but says why', async () => {
    resetStore('?event=stage-2');
    const { container } = renderMap();
    expect(
      await screen.findByText(/where the people were handed over is not recorded/),
    ).toBeInTheDocument();
    expect(container.querySelector('path.map-link')).toBeNull();
  });
});

describe('loading and errors', () => {
  it('says it is loading the places', async () => {
    stubFetch({ 'data/venues.json': () => new Response('[]', { status: 200 }) });
    renderMap({});
    expect(screen.getByRole('status')).toHaveTextContent('Loading places…');
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
  });

  it('leaves a broken place out, keeps the others and says the map is incomplete', async () => {
    const broken = [{ ...fixtureVenues[0], kind: 'castle' }, ...fixtureVenues.slice(1)];
    stubFetch({ 'data/venues.json': () => new Response(JSON.stringify(broken), { status: 200 }) });
    renderMap({ events: [] });
    expect(await screen.findByText(/Incomplete: 1 record left out/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(`List of places (${fixtureVenues.length - 1})`)).toBeInTheDocument();
  });

  it('names the file and offers Retry when the venues file is not JSON', async () => {
    stubFetch({ 'data/venues.json': () => new Response('{ not json', { status: 200 }) });
    renderMap({ events: [] });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Where deals were struck and prisoners handed over: venues.json could not be used.',
    );
    expect(alert).toHaveTextContent(/venues\.json › not valid JSON/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
