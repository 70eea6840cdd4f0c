// The rules backend the checks service uses: the rules engine in its Web Worker.
import type { RulesBackend } from './createChecksService.ts';

export function createRulesBackend(): RulesBackend | null {
  return null;
}
