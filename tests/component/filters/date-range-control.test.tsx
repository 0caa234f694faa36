import { act } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DateRangeControl } from '../../../src/features/filters/date-range-control';
import { resetStore, useAppStore } from '../../../src/state/store';
import { makeEvent } from '../../fixtures/make-event';
import { publicDataset, renderWithData } from '../render-with-data';

beforeEach(() => resetStore(''));

describe('date range control', () => {
  it('offers all time, each year and each talks round, and sets the range', async () => {
    const data = publicDataset();
    renderWithData(<DateRangeControl />, data);
    const presets = screen.getByRole('group', { name: 'Date presets' });
    const labels = within(presets)
      .getAllByRole('button')
      .map((b) => b.textContent);
    const years = [...new Set(data.events.map((e) => e.date.slice(0, 4)))].sort();
    const talks = data.events.filter((e) => e.type === 'talks');
    // All time, each year with an event, one button per talks round.
    expect(labels.slice(0, 1 + years.length)).toEqual(['All time', ...years]);
    expect(labels.filter((l) => l?.includes(' talks'))).toHaveLength(talks.length);
    expect(labels).toHaveLength(1 + years.length + talks.length);
    await userEvent.click(
      within(presets).getByRole('button', { name: 'Geneva talks → exchanges' }),
    );
    expect(useAppStore.getState()).toMatchObject({ from: '2026-02-01', to: '2026-03-06' });
    expect(screen.getByLabelText('From')).toHaveValue('2026-02-01');
    expect(
      within(presets).getByRole('button', { name: 'Geneva talks → exchanges' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Reset all filters' }));
    expect(useAppStore.getState()).toMatchObject({ from: null, to: null });
  });

  it('offers the same presets as one Period list, for a phone', async () => {
    const data = publicDataset();
    renderWithData(<DateRangeControl />, data);
    const period = screen.getByRole('combobox', { name: 'Period' });
    const buttons = within(screen.getByRole('group', { name: 'Date presets' }))
      .getAllByRole('button')
      .map((b) => b.textContent);
    const options = within(period)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(buttons);
    expect(period).toHaveValue('all');
    const year = [...new Set(data.events.map((e) => e.date.slice(0, 4)))].sort()[0]!;
    await userEvent.selectOptions(period, year);
    expect(useAppStore.getState()).toMatchObject({ from: `${year}-01-01`, to: `${year}-12-31` });
    // Dates no preset matches: the list says so rather than showing a preset that is not applied.
    act(() => useAppStore.getState().setRange('2025-05-03', '2025-05-09'));
    expect(period).toHaveValue('custom');
    expect(within(period).getByRole('option', { selected: true })).toHaveTextContent(
      'Custom dates',
    );
  });

  it('keeps the dates and mediator behind "More filters", saying how many are set', async () => {
    renderWithData(<DateRangeControl />, publicDataset());
    const toggle = screen.getByRole('button', { name: 'More filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(
      screen.getByLabelText('From'),
    );
    act(() => useAppStore.getState().setRange('2025-05-03', '2025-05-09'));
    expect(toggle).toHaveTextContent('More filters (1 set)');
  });
});

describe('date range control with many talks rounds', () => {
  // Twelve talks rounds: past eight, they are a list to choose from rather than buttons.
  const data = publicDataset();
  const rounds = Array.from({ length: 12 }, (_, i) =>
    makeEvent(`talks-extra-${i}`, {
      type: 'talks',
      title: `Round ${i + 1}`,
      date: `2024-${String(i + 1).padStart(2, '0')}-10`,
      venueIds: ['geneva'],
      evidence: [{ sourceId: data.sources[0]!.id, excerpt: 'words', supports: ['status'] }],
    }),
  );
  const events = [...data.events, ...rounds];

  it('lists the rounds in a select that sets the range and follows it', async () => {
    renderWithData(<DateRangeControl />, { ...data, events });
    const select = screen.getByRole('combobox', { name: /Talks round → exchanges/ });
    const options = within(select).getAllByRole('option');
    expect(options.length).toBeGreaterThan(12);
    const march = options.find((o) => o.textContent?.includes('Mar 2024'));
    if (!march) throw new Error('no option for the March 2024 round');
    await userEvent.selectOptions(select, march);
    expect(useAppStore.getState().from).toBe('2024-03-10');
    expect(select).toHaveValue(march.getAttribute('value'));
    // A range set elsewhere leaves the select on its prompt, with every round still listed.
    await userEvent.click(screen.getByRole('button', { name: '2025' }));
    expect(select).toHaveValue('');
    expect(within(select).getAllByRole('option')).toHaveLength(options.length);
  });
});

describe('date range control with more talks rounds than a list can hold', () => {
  const data = publicDataset();
  // 130 rounds a day apart from 2030-01-01, after every real one: the list offers the latest 100.
  const rounds = Array.from({ length: 130 }, (_, i) =>
    makeEvent(`talks-many-${String(i).padStart(3, '0')}`, {
      type: 'talks',
      date: new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10),
      venueIds: ['geneva'],
      evidence: [{ sourceId: data.sources[0]!.id, excerpt: 'words', supports: ['status'] }],
    }),
  );
  const events = [...data.events, ...rounds];
  // The record's own rounds are earlier still.
  const realRounds = data.events.filter((e) => e.type === 'talks').length;
  const roundOptions = (select: HTMLElement) =>
    within(select)
      .getAllByRole('option')
      .filter((o) => o.getAttribute('value')?.startsWith('talks-talks-many-'));

  it('lists the latest hundred and says how many earlier ones the dates reach', () => {
    renderWithData(<DateRangeControl />, { ...data, events });
    const select = screen.getByRole('combobox', { name: /Talks round → exchanges/ });
    const listed = roundOptions(select);
    expect(listed).toHaveLength(100);
    expect(listed[0]).toHaveValue('talks-talks-many-030');
    const note = within(select).getByRole('option', { name: /earlier rounds/ });
    expect(note).toHaveTextContent(
      `${30 + realRounds} earlier rounds: set their dates under From and To`,
    );
    expect(note).toBeDisabled();
  });

  it('lists an earlier round when the range is that round', () => {
    resetStore('?from=2030-01-02&to=2030-01-02');
    renderWithData(<DateRangeControl />, { ...data, events });
    const select = screen.getByRole('combobox', { name: /Talks round → exchanges/ });
    expect(select).toHaveValue('talks-talks-many-001');
    expect(roundOptions(select)).toHaveLength(101);
    expect(within(select).getByRole('option', { name: /earlier rounds/ })).toHaveTextContent(
      `${29 + realRounds} earlier rounds`,
    );
  });
});
