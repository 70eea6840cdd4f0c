// Pure. The engine's one message catalogue, assembled from one section per engine module (sections/<module>.ts).
// Keys start with their module's name, so sections cannot collide; an entry whose languages use different
// placeholders fails to compile here (and in tests/engine/i18n/catalogue.test.ts).
import { cartographyMessages } from './sections/cartography.ts';
import { editMessages } from './sections/edit.ts';
import { exchangeMessages } from './sections/exchange.ts';
import { exportMessages } from './sections/export.ts';
import { geometryMessages } from './sections/geometry.ts';
import { importMessages } from './sections/import.ts';
import { ipcMessages } from './sections/ipc.ts';
import { mapSheetMessages } from './sections/mapSheet.ts';
import { modelMessages } from './sections/model.ts';
import { packageMessages } from './sections/package.ts';
import { resolutionsMessages } from './sections/resolutions.ts';
import { reviewMessages } from './sections/review.ts';
import { rulesMessages } from './sections/rules.ts';
import { signMessages } from './sections/sign.ts';
import { validateMessages } from './sections/validate.ts';
import { workspaceFileMessages } from './sections/workspaceFile.ts';
import { zipMessages } from './sections/zip.ts';
import type { Consistent } from './types.ts';

export const CATALOGUE = {
  ...cartographyMessages,
  ...editMessages,
  ...exchangeMessages,
  ...exportMessages,
  ...geometryMessages,
  ...importMessages,
  ...ipcMessages,
  ...mapSheetMessages,
  ...modelMessages,
  ...packageMessages,
  ...resolutionsMessages,
  ...reviewMessages,
  ...rulesMessages,
  ...signMessages,
  ...validateMessages,
  ...workspaceFileMessages,
  ...zipMessages,
} as const;

export type Catalogue = typeof CATALOGUE;

const consistent: Consistent<Catalogue> = true;
void consistent;
