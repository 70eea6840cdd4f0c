// Pure. A message-bar notice from the catalogue, kept in both languages so it follows a language switch.
import { messages, type MessageParams } from '../i18n/message.ts';
import type { MessageKey } from '../i18n/dictionary.ts';
import { bilingualNotice, type Notice } from './viewSlice.ts';

export function catalogueNotice(kind: Notice['kind'], key: MessageKey, params: MessageParams = {}): Notice {
  const m = messages(key, params);
  return bilingualNotice(kind, m.zh, m.en);
}
