// A command that does not fit the workspace (a stale log row, a missing feature, a `before` that no longer
// holds): the Chinese sentence is the message, the English one is `en`. Both name what did not fit.
import type { Bilingual } from '../i18n/index.ts';

export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    zh: string,
    readonly en: string,
  ) {
    super(zh);
  }

  /** The error for a catalogue message (`say(...)`). */
  static of(message: Bilingual): CommandError {
    return new CommandError(message.zh, message.en);
  }
}
