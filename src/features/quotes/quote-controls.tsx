/** The search box and the speaker, side and sort filters, all bound to the store. */
import { useId } from 'react';
import type { SpeakerCount } from '../../domain/quote-filter';
import type { Person } from '../../data/schemas';
import { useAppStore } from '../../state/store';
import { maxQueryLength, sides, sorts } from '../../state/url-codec';
import { sideLabels } from '../../domain/side-labels';

const sortLabels = { newest: 'Newest first', oldest: 'Oldest first' } as const;

const maxSpeakerOptions = 150;

/** The controls above the quote list. */
export function QuoteControls({
  speakers,
  people,
}: {
  speakers: readonly SpeakerCount[];
  people: ReadonlyMap<string, Person>;
}) {
  const q = useAppStore((s) => s.q);
  const speaker = useAppStore((s) => s.speaker);
  const side = useAppStore((s) => s.side);
  const sort = useAppStore((s) => s.sort);
  const setQuery = useAppStore((s) => s.setQuery);
  const setSpeaker = useAppStore((s) => s.setSpeaker);
  const setSide = useAppStore((s) => s.setSide);
  const setSort = useAppStore((s) => s.setSort);
  const id = useId();

  // A speaker chosen by a link may have no quotes under the other filters; keep it selectable.
  // Thousands of speakers make a list nobody scrolls and a slow one to redraw: the most quoted
  // are offered; search finds anyone else by name.
  const top = speakers.slice(0, maxSpeakerOptions);
  const options =
    speaker !== null && !top.some((sp) => sp.id === speaker)
      ? [
          ...top,
          {
            id: speaker,
            name: people.get(speaker)?.name ?? speaker,
            count: speakers.find((sp) => sp.id === speaker)?.count ?? 0,
          },
        ]
      : top;

  const unnamed = (personId: string) => people.get(personId)?.unnamed === true;
  const option = (sp: { id: string; name: string; count: number }) => (
    <option key={sp.id} value={sp.id}>
      {sp.name} ({sp.count})
    </option>
  );

  return (
    <div className="quote-controls">
      <div className="quote-controls__field quote-controls__search">
        <label htmlFor={`${id}-q`}>Search quotes</label>
        <input
          id={`${id}-q`}
          type="search"
          value={q}
          maxLength={maxQueryLength}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <div className="quote-controls__field">
        <label htmlFor={`${id}-speaker`}>Speaker</label>
        <select
          id={`${id}-speaker`}
          value={speaker ?? ''}
          onChange={(e) => setSpeaker(e.currentTarget.value === '' ? null : e.currentTarget.value)}
        >
          <option value="">
            {speakers.length > maxSpeakerOptions
              ? `All speakers (top ${maxSpeakerOptions} of ${speakers.length} listed)`
              : 'All speakers'}
          </option>
          {options.filter((sp) => !unnamed(sp.id)).map(option)}
          {/* "Moscow" or "A member of the Ukrainian delegation" are not people a reader can look
              up: they are listed apart from the named speakers. */}
          {options.some((sp) => unnamed(sp.id)) && (
            <optgroup label="Not named by the sources">
              {options.filter((sp) => unnamed(sp.id)).map(option)}
            </optgroup>
          )}
        </select>
      </div>
      <div className="quote-controls__field">
        <label htmlFor={`${id}-side`}>Side</label>
        <select
          id={`${id}-side`}
          value={side ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setSide(sides.find((s) => s === value) ?? null);
          }}
        >
          <option value="">All sides</option>
          {sides.map((s) => (
            <option key={s} value={s}>
              {sideLabels[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="quote-controls__field">
        <label htmlFor={`${id}-sort`}>Sort</label>
        <select
          id={`${id}-sort`}
          value={sort}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setSort(sorts.find((s) => s === value) ?? 'newest');
          }}
        >
          {sorts.map((s) => (
            <option key={s} value={s}>
              {sortLabels[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
