// main's one message catalogue (the CLI, main/node, the Electron menu), assembled from one section per area
// (sections/<area>.ts). Keys start with their area, so sections cannot collide; an entry whose languages use
// different placeholders fails to compile here (and in tests/main/i18n/catalogue.test.ts).
import type { Consistent } from '../../engine/i18n/index.ts';
import { cliMessages } from './sections/cli.ts';
import { commandsMessages } from './sections/commands.ts';
import { dbMessages } from './sections/db.ts';
import { menuMessages } from './sections/menu.ts';
import { nodeMessages } from './sections/node.ts';
import { stationMessages } from './sections/station.ts';

export const MAIN_CATALOGUE = {
  ...cliMessages,
  ...commandsMessages,
  ...dbMessages,
  ...menuMessages,
  ...nodeMessages,
  ...stationMessages,
} as const;

export type MainCatalogue = typeof MAIN_CATALOGUE;

const consistent: Consistent<MainCatalogue> = true;
void consistent;
