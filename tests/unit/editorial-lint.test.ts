import { describe, expect, it } from 'vitest';
import { lintEvent, quotedRanges, type LintEvent, type LintFinding } from '../../src/lib/editorial-lint.ts';
import { LOADED_WORDS } from '../../src/lib/editorial-lint/words.ts';

const claim = (statement: string) => ({ statement });
function event(over: Partial<LintEvent> = {}): LintEvent {
  return { title: 'A neutral title', summary: 'A neutral summary.', certainty: 'confirmed', claims: [], ...over };
}
const rules = (f: LintFinding[]) => f.map((x) => `${x.field}: ${x.rule}`);
const lintBody = (body: string) => rules(lintEvent(event(), body));
const lintSummary = (summary: string) => rules(lintEvent(event({ summary })));

describe('loaded phrases and the words added after the first edition', () => {
  it('fires on a town that "fell" and on "the fall of", not on shells that fell or troops that fell back', () => {
    expect(lintSummary('Shusha fell to Armenian forces in May 1992.')).toContain('summary: loaded-word');
    expect(lintSummary('After the fall of Shusha the road was open.')).toContain('summary: loaded-word');
    expect(lintSummary('The town had fallen.')).toContain('summary: loaded-word');
    expect(lintSummary('About 15,500 shells had fallen on the district, its head said.')).not.toContain(
      'summary: loaded-word',
    );
    expect(lintSummary('Its troops had fallen back to Tartar.')).not.toContain('summary: loaded-word');
  });
  it('fires on "the enemy", "provocation" and "regained" unless quoted', () => {
    for (const text of [
      'It said the enemy retreated.',
      'It called the strike a provocation.',
      'Azerbaijan regained control of the town.',
    ])
      expect(lintSummary(text), text).toContain('summary: loaded-word');
    expect(lintSummary('It called the strike "a provocation".')).not.toContain('summary: loaded-word');
  });
  it('fires on "tens of thousands fled" unless someone is named as saying so', () => {
    expect(lintSummary('Tens of thousands fled the district.')).toContain('summary: loaded-word');
    expect(lintSummary('Tens of thousands fled the district, UNHCR said.')).not.toContain('summary: loaded-word');
  });
});

describe('loaded words (EDITORIAL rule 2)', () => {
  it('fires outside a quotation in the title, the summary, a claim and the body, with the body line', () => {
    const f = lintEvent(
      event({
        title: 'Shusha liberated',
        summary: 'Forces left the occupied district.',
        claims: [claim('Said the terrorists had fled.'), claim('Denied it.')],
      }),
      'First paragraph.\n\nSecond paragraph\nwith a heroic defence.\n',
    );
    expect(rules(f)).toEqual([
      'title: loaded-word',
      'summary: loaded-word',
      'claims[0].statement: loaded-word',
      'body (line 4): loaded-word',
    ]);
    expect(f[0]!.message).toContain('"liberated"');
    expect(f[3]!.message).toContain('"heroic"');
  });

  it('fires for every form on the list and a few of "the like"', () => {
    for (const word of [
      'liberation',
      'occupation',
      'occupier',
      'occupying',
      'terrorism',
      'aggressor',
      'aggression',
      'heroes',
      'martyrs',
      'genocide',
      'puppet',
      'lackeys',
      'invaders',
      'fascist',
      'mercenaries',
    ]) {
      expect(lintSummary(`They spoke of ${word} there.`), word).toEqual(['summary: loaded-word']);
    }
  });

  it('does not fire on words that merely contain a loaded stem', () => {
    expect(lintSummary('Heroin was seized; the heron flew; a preoccupied official spoke.')).toEqual([]);
  });

  it('allows the word inside curly double quotes', () => {
    expect(lintSummary('Aliyev said on 8 November that the town had been “liberated”.')).toEqual([]);
  });

  it('allows the word inside straight double quotes', () => {
    expect(lintSummary('Aliyev said on 8 November that the town had been "liberated".')).toEqual([]);
    expect(lintBody('Aliyev called it "a heroic day for the nation" on 8 November.')).toEqual([]);
  });

  it('allows the word inside single quotes, curly or straight', () => {
    expect(lintSummary('Erdoğan called on Armenia to end its ‘occupation’ on 28 September.')).toEqual([]);
    expect(lintSummary("Erdoğan called on Armenia to end its 'occupation' on 28 September.")).toEqual([]);
  });

  it('does not take possessive apostrophes for quotes', () => {
    expect(lintSummary("Azerbaijan's army said Shusha was liberated, Armenia's ministry denied it.")).toEqual([
      'summary: loaded-word',
    ]);
    expect(lintSummary('Azerbaijan’s army said Shusha was liberated, Armenia’s ministry denied it.')).toEqual([
      'summary: loaded-word',
    ]);
    expect(lintSummary("The soldiers' families called them heroes, the ministers' statement said.")).toEqual([
      'summary: loaded-word',
    ]);
    expect(quotedRanges("Azerbaijan's and Armenia's don't")).toEqual([]);
  });

  it('does not let an unclosed quote protect the rest of the text', () => {
    expect(lintSummary('He said "the town was occupied and never')).toEqual(['summary: loaded-word']);
  });

  it('allows the word in a Markdown blockquote and in inline code, but not in the paragraph after', () => {
    expect(lintBody('Aliyev said on 8 November:\n\n> Shusha is liberated!\n\nThe crowd cheered.')).toEqual([]);
    expect(lintBody('The search term `occupied territories` was used.')).toEqual([]);
    expect(lintBody('> Shusha is liberated!\n\nShusha was liberated.')).toEqual(['body (line 3): loaded-word']);
  });

  it('allows a legal status only when the document is quoted', () => {
    expect(
      lintSummary('UN Security Council resolution 822 demanded the withdrawal of occupying forces from Kalbajar.'),
    ).toEqual(['summary: loaded-word']);
    expect(
      lintSummary(
        'UN Security Council resolution 822 demanded the withdrawal of "all occupying forces from the Kelbadjar district".',
      ),
    ).toEqual([]);
  });

  it('allows the word inside the quoted title of a cited work', () => {
    expect(lintBody('The article “The Liberation of Shushi” in a church newsletter gives the date.')).toEqual([]);
    expect(lintBody('The page [“Occupation of Lachin”](https://example.org/lachin) gives 18 May.')).toEqual([]);
  });

  it('does not read link URLs', () => {
    expect(lintBody('See [the page](https://example.org/occupation-of-lachin).')).toEqual([]);
  });
});

describe('figures without an attributing actor (EDITORIAL rule 4)', () => {
  it('fires on a bare casualty figure, in digits or words', () => {
    expect(lintSummary('Twelve civilians were killed in Ganja on 17 October.')).toEqual([
      'summary: unattributed-figure',
    ]);
    expect(lintSummary('The strike killed 21 civilians and injured 70.')).toEqual(['summary: unattributed-figure']);
    expect(lintSummary('Dozens of soldiers died.')).toEqual(['summary: unattributed-figure']);
    expect(lintBody('Fighting went on.\n\nHundreds of tanks were destroyed.')).toEqual([
      'body (line 3): unattributed-figure',
    ]);
  });

  it('fires on equipment figures', () => {
    expect(lintSummary('Armenian air defence shot down 3 drones over Stepanakert.')).toEqual([
      'summary: unattributed-figure',
    ]);
    expect(lintSummary('The convoy had 380 vehicles.')).toEqual(['summary: unattributed-figure']);
  });

  it('passes when the sentence names who gave the figure', () => {
    expect(
      lintSummary("Azerbaijan's prosecutor general said on 17 October that 12 civilians had been killed."),
    ).toEqual([]);
    expect(lintSummary('According to Human Rights Watch, at least 21 civilians were killed.')).toEqual([]);
    expect(lintSummary('Its prosecutors put the dead at 21.')).toEqual([]);
    expect(lintSummary("Armenia's defence ministry reported 834 servicemen killed.")).toEqual([]);
  });

  it('passes when the figure is the provision of a named document', () => {
    expect(
      lintSummary('The statement provided for 1,960 servicemen, 90 armoured personnel carriers and 380 vehicles.'),
    ).toEqual([]);
  });

  it('needs the attribution in the same sentence, as retext-english splits them', () => {
    expect(lintSummary('The ministry said the town was shelled. Five people were killed.')).toEqual([
      'summary: unattributed-figure',
    ]);
    expect(lintSummary('Mr. Hajiyev said two civilians were killed.')).toEqual([]);
  });

  it('needs the attribution in the same clause of a sentence joined by a semicolon', () => {
    expect(
      lintSummary(
        'The helicopter was shot down, killing two crew; the foreign ministry said it regretted the incident.',
      ),
    ).toEqual(['summary: unattributed-figure']);
    expect(lintSummary("Two crew were killed, Russia's defence ministry said; Azerbaijan apologised.")).toEqual([]);
  });

  it('does not take dates, years, times or identifiers for figures', () => {
    expect(lintSummary('On 27 September 2020 the town was shelled and houses destroyed.')).toEqual([]);
    expect(lintSummary('Houses were destroyed on September 27 and on 1 and 2 October.')).toEqual([]);
    expect(lintSummary('Villages destroyed in 1993 were rebuilt; the dead of 1992-1994 are remembered.')).toEqual([]);
    expect(lintSummary('Rockets fell at 13:00, and the wounded were taken to hospital.')).toEqual([]);
    expect(lintSummary('Resolution 822 mentions the dead.')).toEqual([]);
    expect(lintSummary('A Russian Mi-24 was shot down near the border.')).toEqual([]);
  });

  it('does not take distances, durations or counts of parties for casualty figures', () => {
    expect(lintSummary('The dead were buried 10 kilometres away after 44 days of war.')).toEqual([]);
    expect(lintSummary('The casualty figures come from the two sides.')).toEqual([]);
  });

  it('does not tie a crowd after a comma to an earlier casualty word, but does tie a toll split by commas', () => {
    expect(
      lintSummary('After the funerals of officers killed near Tovuz, tens of thousands marched through Baku.'),
    ).toEqual([]);
    expect(lintSummary('Thirteen people, including two children, were killed.')).toEqual([
      'summary: unattributed-figure',
    ]);
  });

  it('does not ask for "said" inside a claim: the claim names its actor', () => {
    expect(rules(lintEvent(event({ claims: [claim('12 civilians were killed.')] })))).toEqual([]);
  });
});

describe('the prose the lint reads (remark-retext) and its word matching (nlcst-search)', () => {
  it('matches every listed form of a loaded word, unquoted, and none inside quotes', () => {
    for (const word of LOADED_WORDS) {
      expect(lintSummary(`They spoke of ${word} there.`), word).toEqual(['summary: loaded-word']);
      expect(lintSummary(`They spoke of “${word}” there.`), word).toEqual([]);
    }
  });

  it('reads each part of a compound and a possessive as a word', () => {
    expect(lintSummary('It called it an anti-terrorist operation.')).toEqual(['summary: loaded-word']);
    expect(lintSummary('It spoke of neo-Nazi groups.')).toEqual(['summary: loaded-word']);
    expect(lintSummary("Shells hit the enemy's positions.")).toEqual(['summary: loaded-word']);
    expect(lintSummary('The co-chairs met in Moscow.')).toEqual([]);
  });

  it('finds a phrase across a line break, in emphasis and in a heading, with its line', () => {
    expect(lintBody('Intro.\n\nShusha fell\nto Armenian forces.')).toEqual(['body (line 3): loaded-word']);
    expect(lintBody('The town was *liberated* that day.')).toEqual(['body (line 1): loaded-word']);
    expect(lintBody('Intro.\n\n## The fall of Shusha\n\nText.')).toEqual(['body (line 3): loaded-word']);
    expect(lintBody('- First item.\n- The town was occupied.')).toEqual(['body (line 2): loaded-word']);
  });

  it('reads the alt text of an image, which the site writes, but not its address', () => {
    expect(lintBody('![The occupied town](/assets/town.png)')).toEqual(['body (line 1): loaded-word']);
    expect(lintBody('![A map of the town](/assets/occupied-town.png)')).toEqual([]);
  });

  it('skips a fenced code block like a blockquote', () => {
    expect(lintBody('Intro.\n\n```\nliberated occupied\n```\n\nText.')).toEqual([]);
  });

  it('needs the attribution in the same sentence across a line break', () => {
    expect(lintBody('Twelve civilians\nwere killed in Ganja.')).toEqual(['body (line 1): unattributed-figure']);
    expect(lintBody('Twelve civilians were killed in Ganja,\nthe prosecutor general said.')).toEqual([]);
  });
});

describe('disputed events need claims (EDITORIAL rule 1)', () => {
  it('fires with fewer than two claims', () => {
    expect(rules(lintEvent(event({ certainty: 'disputed', claims: [] })))).toEqual(['claims: disputed-without-claims']);
    expect(rules(lintEvent(event({ certainty: 'disputed', claims: [claim('Announced the capture.')] })))).toEqual([
      'claims: disputed-without-claims',
    ]);
  });

  it('passes with two claims, and for other certainties with none', () => {
    expect(
      rules(
        lintEvent(event({ certainty: 'disputed', claims: [claim('Announced the capture.'), claim('Denied it.')] })),
      ),
    ).toEqual([]);
    expect(rules(lintEvent(event({ certainty: 'claimed', claims: [] })))).toEqual([]);
    expect(rules(lintEvent(event({ certainty: 'confirmed' })))).toEqual([]);
  });
});
