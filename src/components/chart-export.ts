/**
 * What the chart hands out for downloads: its drawing, on request. The app passes this handle from
 * the chart to the share feature, so neither reads the other's DOM.
 */
import type { RefObject } from 'react';
import type { TallyBody } from '../domain/tally-bodies';

/** One line of the chart's key, as the export redraws it. */
export interface LegendItem {
  name: string;
  stroke: string;
  dash?: string;
  /** As drawn in the chart: the key's swatch matches it (the confirmed Ukraine line is a wide band). */
  width?: number;
  opacity?: number;
  /** A point (an official body's statements, in its shape) rather than a line. */
  point?: TallyBody;
}

export interface ChartExport {
  /** The chart's SVG as drawn now, or null when nothing is drawn. */
  svg(): SVGSVGElement | null;
  /** The key to what is drawn. */
  legend(): LegendItem[];
}

export type ChartExportRef = RefObject<ChartExport | null>;
