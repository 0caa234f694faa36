/** What the dataset left out, for the notice that lists it and the figures it makes incomplete. */
import type { DerivedInputs } from './inputs';

/** Every problem of every record left out, file by file. */
export const selectLeftOut = (x: DerivedInputs) => x.dataset.leftOut;
