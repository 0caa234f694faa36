/** Narrows every view to the events one mediator took part in (a shareable `mediator` key). */
import { selectMediatorOptions } from '../../derived/events';
import { useDerived } from '../../derived/use-derived';
import { useAppStore } from '../../state/store';
import { useHydrated } from '../../components/use-hydrated';

export function MediatorFilter() {
  const options = useDerived(selectMediatorOptions);
  const mediator = useAppStore((s) => s.mediator);
  const selectMediator = useAppStore((s) => s.selectMediator);
  // Not before the prerendered page is hydrated (see DateRangeControl).
  const ready = useHydrated();
  if (options.length === 0) return null;
  return (
    <label className="mediator-filter">
      Mediator
      <select
        disabled={!ready}
        value={mediator ?? ''}
        onChange={(e) => selectMediator(e.target.value || null)}
      >
        <option value="">Any mediator</option>
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name} ({m.events})
          </option>
        ))}
      </select>
    </label>
  );
}
