// Pure. The engine's one message catalogue, assembled from one section per engine module (sections/<module>.ts,
// keys prefixed with the module). A key defined twice or an entry whose languages disagree fails to compile here.
import { validateMessages } from './sections/validate.ts';
import type { Consistent } from './types.ts';

export const CATALOGUE = {
  ...validateMessages,
} as const;

export type Catalogue = typeof CATALOGUE;

const consistent: Consistent<Catalogue> = true;
void consistent;
