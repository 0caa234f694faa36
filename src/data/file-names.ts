/**
 * The data files by base name, apart from their schemas: the page names files everywhere, but the
 * schemas are only needed where files are read (load-file.ts, a chunk of its own).
 */
export const dataFileNames = [
  'sources',
  'people',
  'mediators',
  'venues',
  'events',
  'quotes',
  'tallies',
] as const;
export type DataFileName = (typeof dataFileNames)[number];
