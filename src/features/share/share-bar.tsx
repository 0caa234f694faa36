/** "Copy link" for the current view, and the downloads of what it shows. */
import type { ChartExportRef } from '../../components/chart-export';
import { CopyLink } from '../../components/copy-link';
import { DownloadMenu } from './download-menu';
import { currentViewUrl } from './share-urls';
import './share.css';

export function ShareBar({ chart }: { chart: ChartExportRef }) {
  return (
    <div className="share-bar">
      <CopyLink url={currentViewUrl} />
      <DownloadMenu chart={chart} />
    </div>
  );
}
