/**
 * One end of the date range, typed or picked. A date field reports a date at every digit of a
 * year being typed (0002-06-01, 0020-…, 0202-…, then 2024-06-01): those stay in the field as a
 * draft and reach neither the views nor the link. Of what one visit to the field chooses, only the
 * first change is a new history entry; the rest rewrite it, so Back leaves the typing at once.
 */
import { useEffect, useRef, useState } from 'react';
import { isFilterYear } from '../../domain/dates';

export function DateField({
  label,
  value,
  min = null,
  max = null,
  ready,
  onChoose,
}: {
  label: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  /** False until the app has hydrated the prerendered field (see useHydrated). */
  ready: boolean;
  onChoose: (date: string | null, history: 'push' | 'replace') => void;
}) {
  // A year still being typed, shown in the field until it is a year a filter can mean.
  const [draft, setDraft] = useState<string | null>(null);
  const chosenThisVisit = useRef(false);
  // The date this field last chose: any other value came from elsewhere (Back, a preset, Reset),
  // which ends the visit's run of rewrites and any draft, so the next change is a step of its own.
  const chose = useRef(value);
  useEffect(() => {
    if (value === chose.current) return;
    chose.current = value;
    chosenThisVisit.current = false;
    setDraft(null);
  }, [value]);
  return (
    <label>
      {label}
      <input
        type="date"
        readOnly={!ready}
        value={draft ?? value ?? ''}
        min={min ?? undefined}
        max={max ?? undefined}
        onFocus={() => {
          chosenThisVisit.current = false;
        }}
        onChange={(e) => {
          const date = e.target.value;
          // Empty while a part of the date is cleared to be retyped (badInput): a draft too, not a
          // choice of no date (which showed the whole record for a moment).
          const unfinished = date === '' ? e.target.validity.badInput : !isFilterYear(date);
          if (unfinished) {
            setDraft(date);
            return;
          }
          setDraft(null);
          const chosen = date === '' ? null : date;
          // The same date again changes nothing: no step of history, nothing to rewrite later.
          if (chosen === value) return;
          chose.current = chosen;
          onChoose(chosen, chosenThisVisit.current ? 'replace' : 'push');
          chosenThisVisit.current = true;
        }}
        // Left unfinished: the field shows the dates the views show again.
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}
