// The application menu (main/node/buildMenuTemplate): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const menuMessages = {} as const satisfies Section;
