/** Narrows every view to the events one mediator took part in (a shareable `mediator` key). */
import { selectMediatorOptions } from '../../derived/events';
import { useDerived } from '../../derived/use-derived';
import { useAppStore } from '../../state/store';

export function MediatorFilter() {
  const options = useDerived(selectMediatorOptions);
  const mediator = useAppStore((s) => s.mediator);
  const selectMediator = useAppStore((s) => s.selectMediator);
  if (options.length === 0) return null;
  return (
    <label className="mediator-filter">
      Mediator
      <select value={mediator ?? ''} onChange={(e) => selectMediator(e.target.value || null)}>
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
