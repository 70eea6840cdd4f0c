// The database messages (main/node/db, main/node/postgis): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const dbMessages = {} as const satisfies Section;
