// Renderer. A catalogue message as React nodes, its `{name}` placeholders filled with nodes: a sentence that quotes
// user data in its own node (`<span data-user-text>`) is still worded once, in the catalogue, for each language.
import { Fragment, type ReactNode } from 'react';
import { DICTIONARIES, type Language, type MessageKey } from './dictionary.ts';

export function messageNodes(language: Language, key: MessageKey, params: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return DICTIONARIES[language][key]
    .split(/\{([A-Za-z0-9]+)\}/)
    .map((part, i) =>
      i % 2 === 0 ? part : <Fragment key={i}>{Object.prototype.hasOwnProperty.call(params, part) ? params[part] : `{${part}}`}</Fragment>,
    );
}
