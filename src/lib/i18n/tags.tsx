// A translated message with tags, drawn without <Trans> (./trans.tsx): `withTags(t`Quantity of
// <0>${name}</0>`, [<bdi />])`. For the components of a first visit, which would otherwise download
// Lingui's tag formatting with the page. Only what those messages use: flat tags numbered from 0,
// each pair around plain text. The message is the same one a <Trans> would extract.
import { cloneElement, type ReactElement, type ReactNode } from 'react';

const TAG = /<(\d+)>([\s\S]*?)<\/\1>/g;

export function withTags(message: string, elements: readonly ReactElement[]): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of message.matchAll(TAG)) {
    if (match.index > at) parts.push(message.slice(at, match.index));
    const element = elements[Number(match[1])];
    const text = match[2] ?? '';
    parts.push(element ? cloneElement(element, { key: parts.length }, text) : text);
    at = match.index + match[0].length;
  }
  if (at < message.length) parts.push(message.slice(at));
  return parts;
}
