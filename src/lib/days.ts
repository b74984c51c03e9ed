/** The day pages: for each war day, the events that start on it and each side's bulletins, with the days before and after. */
import { daysBetween } from './dates.ts';

export interface DayBulletin<I> {
  id: string;
  date: string;
  actor: { id: string; name: string };
  items: I[];
}
export interface DaySide<I> {
  key: string;
  heading: string;
  actors: readonly string[];
  bulletins: DayBulletin<I>[];
  missing: { id: string; name: string }[];
}
export interface DayPage<E, I> {
  day: string;
  events: E[];
  sides: DaySide<I>[];
  previous?: string;
  next?: string;
}

export function dayPages<E extends { day: string }, I>(
  range: { start: string; end: string; sides: readonly { key: string; heading: string; actors: readonly string[] }[] },
  events: readonly E[],
  bulletins: readonly DayBulletin<I>[],
  actorName: (id: string) => string,
): DayPage<E, I>[] {
  const days = daysBetween(range.start, range.end);
  const eventsByDay = Map.groupBy(events, (e) => e.day);
  const bulletinsByDay = Map.groupBy(bulletins, (b) => b.date.slice(0, 10));
  return days.map((day, i) => ({
    day,
    events: eventsByDay.get(day) ?? [],
    sides: range.sides.map((side) => {
      const found = (bulletinsByDay.get(day) ?? []).filter((b) => side.actors.includes(b.actor.id));
      return {
        ...side,
        bulletins: found,
        missing: side.actors
          .filter((a) => !found.some((b) => b.actor.id === a))
          .map((id) => ({ id, name: actorName(id) })),
      };
    }),
    ...(i > 0 ? { previous: days[i - 1]! } : {}),
    ...(i < days.length - 1 ? { next: days[i + 1]! } : {}),
  }));
}
