/**
 * The data files by base name, apart from their schemas: the page names files everywhere, but the
 * schemas (and zod with them) are only needed where files are read, in the loader worker.
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
