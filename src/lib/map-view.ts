/** How a control status reads and looks: one class name and one sentence per status, shared by the map, its table and the tests. */
import type { ControlStatus } from './control.ts';

const HOLDER_TEXT = { azerbaijan: 'Azerbaijan', 'armenian-forces': 'Armenian and Karabakh forces', peacekeepers: 'Russian peacekeepers' } as const;

export function statusClass(status: ControlStatus | null | undefined): string {
  if (!status) return 'status-none';
  return `status-${status.holder} scope-${status.scope} basis-${status.basis}`;
}

export function statusText(status: ControlStatus | null | undefined): string {
  if (!status) return 'no change recorded';
  const who = HOLDER_TEXT[status.holder];
  const scope = status.scope === 'part' ? 'divided: part held by ' : '';
  const basis = status.basis === 'claimed' ? 'claimed' : status.basis === 'agreed' ? 'by agreement' : 'confirmed';
  return `${scope}${who} (${basis})`;
}

export const LEGEND = [
  { className: 'status-azerbaijan scope-whole basis-confirmed', text: 'Azerbaijan' },
  { className: 'status-armenian-forces scope-whole basis-confirmed', text: 'Armenian and Karabakh forces' },
  { className: 'status-peacekeepers scope-whole basis-agreed', text: 'Russian peacekeepers deployed' },
  { className: 'status-azerbaijan scope-part basis-confirmed', text: 'Part of the unit changed hands (hatched)' },
  { className: 'status-azerbaijan scope-whole basis-claimed', text: 'Claimed by one side, not confirmed (faded)' },
  { className: 'status-none', text: 'No change recorded in the timeline' },
] as const;
