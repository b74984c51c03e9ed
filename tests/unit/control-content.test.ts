/** controlAt over the real content: the map's story of the war must come from the events alone. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContentDir } from '../../scripts/load-content.ts';
import { makeLookup, resolveEvents } from '../../src/lib/resolve.ts';
import { controlAt } from '../../src/lib/control.ts';

const { content, problems } = loadContentDir(join(import.meta.dirname, '../../content'));
const events = resolveEvents(content.events, makeLookup(content.places, content.actors, content.sources));
const at = (day: string, place: string) => {
  const s = controlAt(events, day).get(place);
  return s ? `${s.holder}/${s.scope}/${s.basis}` : 'none';
};
const SEVEN = ['agdam-district', 'fuzuli-district', 'jabrayil-district', 'zangilan-district', 'qubadli-district', 'lachin-district', 'kalbajar-district'];

describe('control by date, from the real content', () => {
  it('loads the content cleanly', () => expect(problems).toEqual([]));

  it('26 Sep 2020 (eve of the war): Armenian forces hold the seven districts, wholly or in part, and Nagorno-Karabakh', () => {
    for (const d of ['jabrayil-district', 'zangilan-district', 'qubadli-district', 'lachin-district', 'kalbajar-district']) expect(at('2020-09-26', d), d).toBe('armenian-forces/whole/confirmed');
    for (const d of ['agdam-district', 'fuzuli-district', 'tartar-district']) expect(at('2020-09-26', d), d).toBe('armenian-forces/part/confirmed');
    for (const d of ['shusha-district', 'khojaly-district', 'khojavend-district', 'khankendi']) expect(at('2020-09-26', d), d).toBe('armenian-forces/whole/confirmed');
  });

  it('9 Oct: Azerbaijan claims Jabrayil town and Hadrut; the districts are divided', () => {
    expect(at('2020-10-09', 'jabrayil')).toBe('azerbaijan/whole/claimed');
    expect(at('2020-10-09', 'hadrut')).toBe('azerbaijan/whole/claimed');
    expect(at('2020-10-09', 'jabrayil-district')).toBe('azerbaijan/part/claimed');
    expect(at('2020-10-09', 'khojavend-district')).toBe('azerbaijan/part/claimed');
    expect(at('2020-10-09', 'fuzuli')).toBe('armenian-forces/whole/confirmed');
  });

  it('17 Oct: Fuzuli town claimed', () => {
    expect(at('2020-10-16', 'fuzuli')).toBe('armenian-forces/whole/confirmed');
    expect(at('2020-10-17', 'fuzuli')).toBe('azerbaijan/whole/claimed');
  });

  it('20 Oct: Zangilan claimed; Qubadli not yet', () => {
    expect(at('2020-10-19', 'zangilan-district')).toBe('armenian-forces/whole/confirmed');
    expect(at('2020-10-20', 'zangilan-district')).toBe('azerbaijan/part/claimed');
    expect(at('2020-10-20', 'qubadli-district')).toBe('armenian-forces/whole/confirmed');
  });

  it('25 Oct: Qubadli changes hands', () => {
    expect(at('2020-10-25', 'qubadli-district')).toMatch(/^azerbaijan\/part\//);
  });

  it('8 Nov: Shusha town goes to Azerbaijan (confirmed by the Karabakh side the next day); Khankendi does not change', () => {
    expect(at('2020-11-07', 'shusha')).toBe('armenian-forces/whole/confirmed');
    expect(at('2020-11-08', 'shusha')).toMatch(/^azerbaijan\/whole\//);
    expect(at('2020-11-08', 'shusha-district')).toMatch(/^azerbaijan\/part\//);
    expect(at('2020-11-08', 'khankendi')).toBe('armenian-forces/whole/confirmed');
  });

  it('10 Nov: the statement freezes the line; districts taken in the war are Azerbaijan\'s by agreement; peacekeepers deploy', () => {
    for (const d of ['fuzuli-district', 'jabrayil-district', 'zangilan-district', 'qubadli-district']) expect(at('2020-11-10', d), d).toBe('azerbaijan/whole/agreed');
    expect(at('2020-11-10', 'khankendi')).toBe('peacekeepers/whole/agreed');
    expect(at('2020-11-10', 'lachin-district')).toBe('peacekeepers/part/agreed');
    expect(at('2020-11-10', 'agdam-district')).toBe('armenian-forces/part/confirmed');
    expect(at('2020-11-10', 'kalbajar-district')).toBe('armenian-forces/whole/confirmed');
    expect(at('2020-11-10', 'jabrayil')).toBe('azerbaijan/whole/agreed');
  });

  it('19 and 21 Nov: Agdam is handed over on the 20th', () => {
    expect(at('2020-11-19', 'agdam-district')).toBe('armenian-forces/part/confirmed');
    expect(at('2020-11-21', 'agdam-district')).toBe('azerbaijan/whole/agreed');
  });

  it('25 Nov: Kalbajar is handed over (the deadline had been moved from the 15th)', () => {
    expect(at('2020-11-15', 'kalbajar-district')).toBe('armenian-forces/whole/confirmed');
    expect(at('2020-11-24', 'kalbajar-district')).toBe('armenian-forces/whole/confirmed');
    expect(at('2020-11-25', 'kalbajar-district')).toBe('azerbaijan/whole/agreed');
  });

  it('1 Dec: Lachin district goes to Azerbaijan except the corridor, which the peacekeepers hold', () => {
    expect(at('2020-11-30', 'lachin-district')).toBe('peacekeepers/part/agreed');
    expect(at('2020-12-01', 'lachin-district')).toBe('azerbaijan/part/agreed');
    expect(at('2020-12-01', 'lachin-corridor')).toBe('peacekeepers/whole/agreed');
    expect(at('2020-12-01', 'lachin')).toBe('peacekeepers/whole/agreed');
    for (const d of SEVEN.filter((d) => d !== 'lachin-district')) expect(at('2020-12-01', d), d).toMatch(/^azerbaijan\/whole\//);
  });
});
