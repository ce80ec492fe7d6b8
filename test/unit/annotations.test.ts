import { deriveLanguageAnnotations, PILLAR_RULES, ReferencePassage, rulesFor } from '../../src/seed/annotations';

const kinds: Record<string, string> = {
  'S/RES/1674(2006)': 'Resolution',
  'S/PRST/2014/28': 'PresidentialStatement',
  'A/63/677': 'Report',
};
const kindOf = (id: string) => kinds[id];

function reference(from: string, ...passages: string[]): ReferencePassage {
  return {
    type: 'REFERENCES',
    from,
    to: 'concept:responsibility-to-protect',
    sources: passages.map((passage) => ({ document: from, title: `${from}, text`, url: `https://undocs.org/${from}`, passage })),
  };
}

const ruleIds = (passage: string) => rulesFor(passage).map((rule) => rule.id);

describe('pillar-language rules', () => {
  it('reads "primary responsibility to protect" as pillar one', () => {
    expect(ruleIds('Reaffirming that the Government of Mali bears the primary responsibility to protect its population')).toEqual([
      'primary-responsibility',
    ]);
  });

  it.each([
    ['Recalling the Libyan authorities’ responsibility to protect its population,'],
    ['Reiterating the responsibility of the Libyan authorities to protect the Libyan population'],
    ['Reaffirming the responsibility of the Government of Côte d’Ivoire to protect its population'],
    ['each individual State has the responsibility to protect its populations from genocide'],
  ])('reads a State named as holding the responsibility to protect as pillar one: %s', (passage) => {
    expect(ruleIds(passage)).toContain('state-responsibility');
    expect(rulesFor(passage).flatMap((rule) => rule.pillars)).toEqual([1]);
  });

  it.each([
    ['the international community should, as appropriate, encourage and help States to exercise this responsibility'],
    ['Stressing the importance of capacity-building to prevent atrocity crimes'],
    ['to assist States in building their capacity to protect their populations'],
  ])('reads assistance and capacity-building as pillar two: %s', (passage) => {
    expect(rulesFor(passage).flatMap((rule) => rule.pillars)).toEqual([2]);
  });

  it('does not read humanitarian assistance as pillar two', () => {
    expect(ruleIds('to facilitate the delivery of humanitarian assistance')).toEqual([]);
  });

  it.each([
    ['we are prepared to take collective action, in a timely and decisive manner'],
    ['Acting under Chapter VII of the Charter of the United Nations,'],
  ])('reads collective action, Chapter VII and timely and decisive response as pillar three: %s', (passage) => {
    expect(ruleIds(passage)).toEqual(['collective-action']);
  });

  it('does not read Chapter VIII as Chapter VII', () => {
    expect(ruleIds('in cooperation with regional arrangements under Chapter VIII of the Charter')).toEqual([]);
  });

  it.each([
    ['Reaffirms the provisions of paragraphs 138 and 139 of the 2005 World Summit Outcome Document'],
    ['recalling paras. 138-139 of the World Summit Outcome'],
    ['paragraphs 138, 139 and 140 of the 2005 World Summit Outcome'],
  ])('reads a reaffirmation of paragraphs 138 and 139 as all three pillars: %s', (passage) => {
    expect(rulesFor(passage).map((rule) => [rule.id, rule.pillars])).toEqual([['paragraphs-138-139', [1, 2, 3]]]);
  });

  it('finds no pillar in a bare mention of the responsibility to protect', () => {
    expect(ruleIds('Recalling its commitment to the responsibility to protect,')).toEqual([]);
  });

  it('gives every rule a distinct id and a reason', () => {
    expect(new Set(PILLAR_RULES.map((rule) => rule.id)).size).toBe(PILLAR_RULES.length);
    for (const rule of PILLAR_RULES) expect(rule.reason.length).toBeGreaterThan(20);
  });
});

describe('deriveLanguageAnnotations', () => {
  const passage138 =
    '“Reaffirms the provisions of paragraphs 138 and 139 of the 2005 World Summit Outcome Document regarding the responsibility to protect populations from genocide, war crimes, ethnic cleansing and crimes against humanity;”';

  it('links a resolution to each pillar of the rule, as an annotation naming the rule, with the passage as source', () => {
    const derived = deriveLanguageAnnotations([reference('S/RES/1674(2006)', passage138)], kindOf);
    expect(derived.map((d) => `${d.from} ${d.type} ${d.to} ${d.properties.rule}`)).toEqual([
      'S/RES/1674(2006) USES_LANGUAGE_OF pillar:1 paragraphs-138-139',
      'S/RES/1674(2006) USES_LANGUAGE_OF pillar:2 paragraphs-138-139',
      'S/RES/1674(2006) USES_LANGUAGE_OF pillar:3 paragraphs-138-139',
    ]);
    for (const d of derived) {
      expect(d.properties).toEqual({ annotation: true, rule: 'paragraphs-138-139' });
      expect(d.sources).toEqual([
        { document: 'S/RES/1674(2006)', title: 'S/RES/1674(2006), text', url: 'https://undocs.org/S/RES/1674(2006)', passage: passage138 },
      ]);
      expect(d.id).toBe(`S/RES/1674(2006)|USES_LANGUAGE_OF|${d.to}#paragraphs-138-139`);
    }
  });

  it('annotates presidential statements too', () => {
    const derived = deriveLanguageAnnotations(
      [reference('S/PRST/2014/28', 'the primary responsibility to protect civilians rests with the State')],
      kindOf,
    );
    expect(derived.map((d) => [d.from, d.to, d.properties.rule])).toEqual([['S/PRST/2014/28', 'pillar:1', 'primary-responsibility']]);
  });

  it('leaves reports, and relationships other than REFERENCES, unannotated', () => {
    const fromReport = reference('A/63/677', passage138);
    const cites = { ...reference('S/RES/1674(2006)', passage138), type: 'CITES' };
    expect(deriveLanguageAnnotations([fromReport, cites], kindOf)).toEqual([]);
  });

  it('makes one annotation per record, pillar and rule, holding each matching passage once', () => {
    const first = 'bears the primary responsibility to protect its population';
    const second = 'Reaffirming the primary responsibility to protect civilians';
    const derived = deriveLanguageAnnotations(
      [reference('S/RES/1674(2006)', first, second), reference('S/RES/1674(2006)', first)],
      kindOf,
    );
    expect(derived).toHaveLength(1);
    expect(derived[0].sources.map((s) => s.passage)).toEqual([first, second]);
  });

  it('keeps two rules that reach the same pillar apart', () => {
    const derived = deriveLanguageAnnotations(
      [reference('S/RES/1674(2006)', 'Reaffirms paragraphs 138 and 139 and the primary responsibility to protect')],
      kindOf,
    );
    expect(derived.filter((d) => d.to === 'pillar:1').map((d) => d.properties.rule)).toEqual(['primary-responsibility', 'paragraphs-138-139']);
  });

  it('returns nothing for passages no rule matches', () => {
    expect(deriveLanguageAnnotations([reference('S/RES/1674(2006)', 'Recalling the responsibility to protect')], kindOf)).toEqual([]);
  });
});
