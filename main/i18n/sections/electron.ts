// The Electron shell messages (main/electron): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const electronMessages = {} as const satisfies Section;
