// Renderer. catalogueError(key, params) → an Error carrying a catalogue message in both languages (`zh`, `en`):
// describeError shows it in the language of the moment, wherever it is caught.
import type { MessageKey } from './dictionary.ts';
import { messages, type MessageParams } from './message.ts';

export function catalogueError(key: MessageKey, params: MessageParams = {}): Error {
  const text = messages(key, params);
  return Object.assign(new Error(text.zh), text);
}
