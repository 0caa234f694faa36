/**
 * The filters: a period (presets as buttons on a wide screen, one list on a phone), and behind
 * "More filters" on a phone the exact dates, the mediator and a reset.
 */
import { memo, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectRangePresets } from '../../derived/events';
import { useDerived } from '../../derived/use-derived';
import { presetsByRange, roundsToList } from '../../domain/range-presets';
import type { RangePreset } from '../../domain/range-presets';
import { useAppStore } from '../../state/store';
import { DateField } from './date-field';
import { MediatorFilter } from './mediator-filter';
import { useHydrated } from '../../components/use-hydrated';
import './filters.css';
import { formatCount } from '../../domain/format-number';

/**
 * The talks rounds as options, memoised on the list: a range change updates the select's value
 * without React walking thousands of unchanged options.
 */
const PresetOptions = memo(function PresetOptions({
  presets,
}: {
  presets: readonly RangePreset[];
}) {
  return presets.map((p) => (
    <option key={p.id} value={p.id}>
      {p.label}
    </option>
  ));
});
const maxTalkButtons = 8;

/** Says how many earlier rounds a list leaves out, as an option that cannot be chosen. */
function EarlierRounds({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <option value="earlier" disabled>
      {formatCount(count)} earlier rounds: set their dates under From and To
    </option>
  );
}

export function DateRangeControl() {
  const { from, to, setRange, resetAll } = useAppStore(
    useShallow((s) => ({ from: s.from, to: s.to, setRange: s.setRange, resetAll: s.resetAll })),
  );
  const { all: presets, talks, general } = useDerived(selectRangePresets);

  const mediator = useAppStore((s) => s.mediator);
  // The prerendered page's fields take no input until the app has hydrated them: a date typed
  // before would show in the field but reach neither the views nor the URL.
  const ready = useHydrated();
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const moreToggle = useRef<HTMLButtonElement>(null);
  // A handful of talks rounds read best as buttons; hundreds (a large dataset) need a list.
  const manyTalks = talks.length > maxTalkButtons;
  const presetAt = useMemo(() => presetsByRange(presets), [presets]);
  const talkAt = useMemo(() => presetsByRange(talks), [talks]);
  const current = presetAt(from, to);
  const custom = from !== null || to !== null ? !current : false;
  const moreSet = (custom ? 1 : 0) + (mediator !== null ? 1 : 0);
  const rounds = useMemo(() => roundsToList(talks, current), [talks, current]);

  return (
    <div className="range-control" role="group" aria-label="Filters">
      <div className="range-control__compact">
        <label className="range-control__period">
          <span>Period</span>
          <select
            disabled={!ready}
            value={current?.id ?? 'custom'}
            onChange={(e) => {
              const p = presets.find((t) => t.id === e.target.value);
              if (p) setRange(p.from, p.to);
            }}
          >
            {custom && <option value="custom">Custom dates</option>}
            <PresetOptions presets={general} />
            <optgroup label="Talks round → exchanges">
              <EarlierRounds count={rounds.earlier} />
              <PresetOptions presets={rounds.listed} />
            </optgroup>
          </select>
        </label>
        <button
          ref={moreToggle}
          type="button"
          className="range-control__more-toggle"
          aria-expanded={moreOpen}
          aria-controls={moreId}
          onClick={() => setMoreOpen(!moreOpen)}
        >
          More filters{moreSet > 0 ? ` (${moreSet} set)` : ''}
        </button>
      </div>
      <div
        id={moreId}
        className={`range-control__dates${moreOpen ? ' is-open' : ''}`}
        onKeyDown={(e) => {
          // Escape folds the panel back on a phone (where the toggle shows) and returns to it.
          const toggle = moreToggle.current;
          if (e.key !== 'Escape' || !moreOpen || !toggle || toggle.offsetParent === null) return;
          e.preventDefault();
          setMoreOpen(false);
          toggle.focus();
        }}
      >
        <DateField
          label="From"
          value={from}
          max={to}
          ready={ready}
          onChoose={(date, history) => setRange(date, to, history)}
        />
        <DateField
          label="To"
          value={to}
          min={from}
          ready={ready}
          onChoose={(date, history) => setRange(from, date, history)}
        />
        <MediatorFilter />
        <button type="button" className="range-control__reset" onClick={resetAll}>
          Reset all filters
        </button>
      </div>
      <div className="range-control__presets" role="group" aria-label="Date presets">
        {(manyTalks ? general : presets).map((p) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={from === p.from && to === p.to}
            onClick={() => setRange(p.from, p.to)}
          >
            {p.label}
          </button>
        ))}
        {manyTalks && (
          <label className="range-control__talks">
            Talks round → exchanges
            <select
              disabled={!ready}
              value={talkAt(from, to)?.id ?? ''}
              onChange={(e) => {
                const p = talks.find((t) => t.id === e.target.value);
                if (p) setRange(p.from, p.to);
              }}
            >
              <option value="">Choose a talks round…</option>
              <EarlierRounds count={rounds.earlier} />
              <PresetOptions presets={rounds.listed} />
            </select>
          </label>
        )}
      </div>
    </div>
  );
}
