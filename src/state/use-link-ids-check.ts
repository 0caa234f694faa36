/**
 * A link may name a venue, event, speaker or quote that the dataset does not have (a typo, an old
 * link, another dataset). Once each file is in, such ids are dropped with a notice saying which.
 * Which keys hold ids, and of which file, comes from the URL key table.
 */
import { useEffect } from 'react';
import { useDataset } from '../data/use-dataset';
import { idFields } from './url-codec';
import { useAppStore } from './store';

/** Mount once: drops unknown ids from the state (and so from the URL) once their file has loaded. */
export function useLinkIdsCheck(): void {
  const { files, data, leftOut } = useDataset();
  const values = useAppStore((s) => idFields.map(({ field }) => s[field]).join('\n'));
  useEffect(() => {
    const state = useAppStore.getState();
    const notices: string[] = [];
    const cleared: Record<string, null> = {};
    for (const { field, file, label } of idFields) {
      const value = state[field];
      if (value === null || files[file].status !== 'ready') continue;
      // A record left out as broken still exists: its link stays, and the view says it is missing.
      const known =
        (data[file] ?? []).some((r) => r.id === value) ||
        leftOut.some((p) => p.file === `${file}.json` && p.recordId === value);
      if (known) continue;
      notices.push(`Ignored ${label} "${value}": it is not in this dataset.`);
      cleared[field] = null;
    }
    if (notices.length === 0) return;
    state.addNotices(notices);
    useAppStore.setState({ ...cleared, historyMode: 'replace' });
  }, [files, data, leftOut, values]);
}
