/** "Cite this event" in plain text and BibTeX, from the event and its permalink. */
import type { ResolvedEvent } from './resolve.ts';

export function plainCitation(
  event: Pick<ResolvedEvent, 'title' | 'dateText'>,
  url: string,
  siteTitle: string,
): string {
  return `“${event.title}” (${event.dateText}). ${siteTitle}. ${url}`;
}

const bibEscape = (s: string) =>
  s
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');

export function bibtexCitation(
  event: Pick<ResolvedEvent, 'id' | 'title' | 'dateText'>,
  url: string,
  siteTitle: string,
): string {
  const key = `karabakh2020:${event.id}`;
  return [
    `@misc{${key},`,
    `  title = {${bibEscape(event.title)}},`,
    `  howpublished = {${bibEscape(siteTitle)}},`,
    `  note = {Event of ${bibEscape(event.dateText)}},`,
    `  url = {${url}}`,
    `}`,
  ].join('\n');
}
