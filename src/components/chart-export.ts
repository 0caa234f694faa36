/**
 * What the chart hands out for downloads: its drawing, on request. The app passes this handle from
 * the chart to the share feature, so neither reads the other's DOM.
 */
import type { RefObject } from 'react';

export interface ChartExport {
  /** The chart's SVG as drawn now, or null when nothing is drawn. */
  svg(): SVGSVGElement | null;
}

export type ChartExportRef = RefObject<ChartExport | null>;
