/** How a control status reads and looks: one class name and one sentence per status, shared by every map, table and test. */
import type { ControlStatus, Holder } from './control.ts';
import { BASIS_LABELS, HOLDER_LABELS, MAP } from '../config.ts';
import { formatDate } from './dates.ts';

/** The class of a cell: its fill holder and the basis of its status ("h-none" where nothing is recorded). */
export function viewClass(holder: Holder | null, basis: ControlStatus['basis'] | null): string {
  return holder ? `h-${holder} b-${basis ?? 'confirmed'}` : 'h-none';
}

/** A settlement's status in words on a day, e.g. "Azerbaijan: claimed by one side, not confirmed (since 4 October 2020)". */
export function statusText(status: ControlStatus | null | undefined, day: string): string {
  if (!status) return 'no status recorded';
  const who = HOLDER_LABELS[status.holder];
  if (!status.since) return `${who}: held throughout, no change recorded`;
  const since = status.sinceDay ? ` (since ${formatDate(status.sinceDay)})` : '';
  // Ground taken in battle stays "confirmed"; after the ceasefire it is what each side held when it began.
  const basis =
    status.basis === 'confirmed' && day >= MAP.ceasefireDay && (status.sinceDay ?? '') < MAP.ceasefireDay
      ? 'confirmed, held at the ceasefire'
      : BASIS_LABELS[status.basis];
  return `${who}: ${basis}${since}`;
}

/** What the map draws, in the order of its legend; each entry is a swatch drawn with the same classes as the map. */
export const LEGEND = [
  { className: 'h-azerbaijan b-confirmed', text: 'Azerbaijan: confirmed (solid)' },
  { className: 'h-azerbaijan b-agreed', text: 'Azerbaijan: by agreement (solid, dotted)' },
  { className: 'h-azerbaijan b-claimed', text: 'Azerbaijan: claimed, not confirmed (hatched)' },
  { className: 'h-azerbaijan b-disputed', text: 'Azerbaijan: claimed and denied (cross-hatched)' },
  { className: 'h-armenian-forces b-confirmed', text: 'Armenian and Karabakh forces: confirmed (solid)' },
  { className: 'h-armenian-forces b-claimed', text: 'Armenian and Karabakh forces: claimed, not confirmed (hatched)' },
  {
    className: 'h-armenian-forces b-disputed',
    text: 'Armenian and Karabakh forces: claimed and denied (cross-hatched)',
  },
] as const;
