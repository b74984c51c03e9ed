/** The record's coverage over the real content: every war day, enough entries, originals for key entries, visible corrections, both sides' claims. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load-content.ts';
import { daysBetween, localDay } from '../../src/lib/dates.ts';
import { balance } from '../../src/lib/balance.ts';
import { DAYS, FRONT_PAGE } from '../../src/config.ts';

const { content, lines: problems } = loadContent(join(import.meta.dirname, '../../content'));
const sources = new Map(content.sources.map((s) => [s.id, s.data]));

describe('coverage of the real content', () => {
  it('loads cleanly', () => expect(problems).toEqual([]));

  it('has at least one entry starting on every day of the war, 27 September to 10 November 2020', () => {
    const starts = new Set(content.events.map((e) => localDay(e.data.date)));
    const missing = daysBetween(DAYS.start, DAYS.end).filter((d) => !starts.has(d));
    expect(missing).toEqual([]);
  });

  it("holds every event the front page's lead links to", () => {
    const ids = new Set(content.events.map((e) => e.id));
    expect(FRONT_PAGE.leadEvents.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has at least 200 entries, 140 of them in the war phase', () => {
    expect(content.events.length).toBeGreaterThanOrEqual(200);
    expect(content.events.filter((e) => e.data.phase === 'war').length).toBeGreaterThanOrEqual(140);
  });

  it('cites, for every key entry, at least one source that is not a relay or a blog', () => {
    const without = content.events
      .filter((e) => e.data.significance === 1)
      .filter(
        (e) =>
          !e.data.sources.some((c) => {
            const s = sources.get(c.source.id)!;
            return s.relays.length === 0 && s.kind !== 'blog';
          }),
      )
      .map((e) => e.id);
    expect(without).toEqual([]);
  });

  it('keeps a visible correction on each entry corrected after publication', () => {
    for (const id of [
      '2007-11-29-madrid-principles',
      '2020-11-20-agdam-handover',
      '2020-11-25-kalbajar-handover',
      '1992-02-25-khojaly-killings',
      '1988-02-27-sumgait-pogrom',
      '2020-07-12-tovuz-clashes',
    ]) {
      const e = content.events.find((x) => x.id === id);
      expect(e, id).toBeDefined();
      expect(e!.data.corrections.length, id).toBeGreaterThan(0);
    }
  });

  it('records claims of both sides as entries in the war phase, and bulletins from both sides', () => {
    const war = balance(content.events, sources, new Map(content.actors.map((a) => [a.id, a.data]))).find(
      (r) => r.phase === 'war',
    )!;
    expect(war.claims.azerbaijani).toBeGreaterThan(0);
    expect(war.claims.armenian).toBeGreaterThan(0);
    expect(war.citing.armenian).toBeGreaterThan(0);
    const issuers = new Set(content.bulletins.map((b) => b.data.actor.id));
    for (const a of ['azerbaijan-mod', 'armenia-mod', 'karabakh-defence-army']) expect(issuers.has(a), a).toBe(true);
  });
});
