// The plain-Node shell messages (main/node: files, dialogs, IPC): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const nodeMessages = {} as const satisfies Section;
