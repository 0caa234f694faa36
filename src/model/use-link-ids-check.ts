/**
 * A link may name a venue, event, speaker or quote that the dataset does not have (a typo, an old
 * link, another dataset). Once the files are in, such ids are dropped with a notice saying which.
 */
import { useEffect } from 'react';
import { useDataFile } from '../data/data-queries';
import { useAppStore } from '../state/store';

type IdKey = 'venue' | 'event' | 'speaker' | 'quote';

const labels: Record<IdKey, string> = {
  venue: 'venue',
  event: 'event',
  speaker: 'speaker',
  quote: 'quote',
};

function useCheck(key: IdKey, ids: readonly { id: string }[] | undefined): void {
  const value = useAppStore((s) => s[key]);
  useEffect(() => {
    if (!ids || value === null) return;
    if (ids.some((r) => r.id === value)) return;
    const store = useAppStore.getState();
    store.addNotices([`Ignored the ${labels[key]} "${value}": it is not in this dataset.`]);
    useAppStore.setState({ [key]: null, historyMode: 'replace' });
  }, [key, ids, value]);
}

/** Mount once: drops unknown ids from the state (and so from the URL) once each file has loaded. */
export function useLinkIdsCheck(): void {
  useCheck('venue', useDataFile('venues').data);
  useCheck('event', useDataFile('events').data);
  useCheck('speaker', useDataFile('people').data);
  useCheck('quote', useDataFile('quotes').data);
}
