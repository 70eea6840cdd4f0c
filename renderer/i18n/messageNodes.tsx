// Renderer. A catalogue message as React nodes, its `{name}` placeholders filled with nodes: a sentence that quotes
// user data in its own node (`<span data-user-text>`) is still worded once, in the catalogue, for each language.
import { Fragment, type ReactNode } from 'react';
import { DICTIONARIES, type Language, type MessageKey } from './dictionary.ts';

/** As in message(): `{name}`, or `{name|one|other}` for a count (# stands for it). */
const PLACEHOLDER = /\{([A-Za-z0-9]+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

export function messageNodes(language: Language, key: MessageKey, params: Readonly<Record<string, ReactNode>>): ReactNode[] {
  const template = DICTIONARIES[language][key];
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const [whole, name, one, other] = m as unknown as [string, string, string | undefined, string | undefined];
    nodes.push(template.slice(last, m.index));
    last = m.index + whole.length;
    if (!Object.prototype.hasOwnProperty.call(params, name)) nodes.push(whole);
    else if (one === undefined) nodes.push(<Fragment key={m.index}>{params[name]}</Fragment>);
    else nodes.push((Number(params[name]) === 1 ? one : other!).replaceAll('#', String(params[name])));
  }
  nodes.push(template.slice(last));
  return nodes;
}
