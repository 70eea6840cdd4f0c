// The station messages (main/node/station): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const stationMessages = {} as const satisfies Section;
