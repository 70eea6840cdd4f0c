// The main/cli helpers (argument parsing, input files, printing): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const cliMessages = {} as const satisfies Section;
