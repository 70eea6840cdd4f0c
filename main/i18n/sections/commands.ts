// The `lantu` commands (main/cli/commands): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const commandsMessages = {} as const satisfies Section;
