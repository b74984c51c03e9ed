/** How a control status reads and looks: one class name and one sentence per status, shared by every map, table and test. */
import type { ControlStatus } from './control.ts';
import type { Holder } from './schema.ts';
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

/** How the map draws each basis, in the legend's words. */
const DRAWN_AS: Record<ControlStatus['basis'], string> = {
  confirmed: 'confirmed (solid)',
  agreed: 'by agreement (solid, dotted)',
  claimed: 'claimed, not confirmed (hatched)',
  disputed: 'claimed and denied (cross-hatched)',
};
const swatch = (holder: Holder, basis: ControlStatus['basis']) => ({
  className: viewClass(holder, basis),
  text: `${HOLDER_LABELS[holder]}: ${DRAWN_AS[basis]}`,
});

/** What the map draws, in the order of its legend; each entry is a swatch drawn with the same classes as the map. */
export const LEGEND = [
  swatch('azerbaijan', 'confirmed'),
  swatch('azerbaijan', 'agreed'),
  swatch('azerbaijan', 'claimed'),
  swatch('azerbaijan', 'disputed'),
  swatch('armenian-forces', 'confirmed'),
  swatch('armenian-forces', 'claimed'),
  swatch('armenian-forces', 'disputed'),
];

/** A unit's share of ground per holder, as tooltips and titles name it: the peacekeepers' share is their corridor. */
export const SHARE_LABELS: Record<Holder, string> = { ...HOLDER_LABELS, peacekeepers: "peacekeepers' corridor" };
