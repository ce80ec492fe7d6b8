/**
 * The project's reading of which pillar's language a resolution or presidential statement uses. Each rule
 * looks at the verbatim passage of a REFERENCES relationship; a match yields a USES_LANGUAGE_OF
 * relationship to the pillar, marked as an annotation with the rule's id and carrying the passage it was
 * read from as its source. No source states these links: they are derived, and documented in
 * seed/README.md ("Pillar-language annotations").
 */

/** A source as the seed holds it. */
export interface AnnotationSource {
  document: string;
  title?: string;
  url?: string;
  passage: string;
}

/** The parts of a REFERENCES relationship the rules read. */
export interface ReferencePassage {
  type: string;
  from: string;
  to: string;
  sources: AnnotationSource[];
}

/** A derived USES_LANGUAGE_OF relationship, in the shape the loader writes. */
export interface LanguageAnnotation {
  id: string;
  type: 'USES_LANGUAGE_OF';
  from: string;
  to: string;
  properties: { annotation: true; rule: string };
  sources: AnnotationSource[];
}

/** One rule: the pillars it points to, what it looks for, and why that language belongs to those pillars. */
export interface PillarRule {
  id: string;
  pillars: ReadonlyArray<1 | 2 | 3>;
  pattern: RegExp;
  reason: string;
}

const DASH = '[-\u2010-\u2015]';

/** The rules, in the order the README lists them. */
export const PILLAR_RULES: readonly PillarRule[] = [
  {
    id: 'primary-responsibility',
    pillars: [1],
    pattern: /\bprimary responsibility to protect\b/i,
    reason: 'Pillar one is the primary responsibility of the State to protect its populations.',
  },
  {
    id: 'state-responsibility',
    pillars: [1],
    pattern:
      /\b(?:responsibility of (?:the |each |every )?[^,;.]{0,60}?(?:authorities|Government|State)s?(?: of [^,;.]{1,40}?)? to protect|(?:authorities|Government|State)s?['’]?s? responsibility to protect|each individual State has the responsibility to protect)\b/i,
    reason: 'A State or its authorities named as holding the responsibility to protect their population is pillar one in other words.',
  },
  {
    id: 'assistance-and-capacity-building',
    pillars: [2],
    pattern:
      /\b(?:encourage and (?:help|assist)|(?:help|helping|assist|assisting) (?:the )?States?\b|international assistance|capacity[- ]building|build(?:ing)? (?:the |their |its |national )?(?:protection )?capacit(?:y|ies))/i,
    reason: 'Pillar two is international assistance to States and building their capacity to protect.',
  },
  {
    id: 'collective-action',
    pillars: [3],
    pattern: /\b(?:collective action|Chapter VII\b|timely and decisive)/i,
    reason: 'Pillar three is timely and decisive collective response, including under Chapter VII of the Charter.',
  },
  {
    id: 'paragraphs-138-139',
    pillars: [1, 2, 3],
    pattern: new RegExp(`\\b(?:paragraphs?|paras?\\.?) 138(?:\\s*(?:,|and|to|${DASH})\\s*)+139\\b`, 'i'),
    reason:
      'Paragraphs 138 and 139 of the 2005 World Summit Outcome hold all three commitments: the State\'s own responsibility ' +
      '(138), the international community\'s help to States (138) and collective action through the Security Council (139); ' +
      'the 2009 report (A/63/677) drew the three pillars from them, so reaffirming them reaffirms every pillar.',
  },
];

/** The kinds whose passages are read: only resolutions and presidential statements speak a pillar's language. */
export const ANNOTATED_KINDS: ReadonlySet<string> = new Set(['Resolution', 'PresidentialStatement']);

const sourceKey = (source: AnnotationSource) => `${source.document}\u0000${source.passage}`;

/** The rules whose pattern a passage matches. */
export function rulesFor(passage: string): PillarRule[] {
  return PILLAR_RULES.filter((rule) => rule.pattern.test(passage));
}

/**
 * Derives the pillar-language annotations from the REFERENCES relationships. `kindOf` gives the kind of a
 * relationship's `from` node. One annotation per (record, pillar, rule); the passages of every REFERENCES
 * that the rule matched become its sources, each once, in the order the references came.
 */
export function deriveLanguageAnnotations(
  references: readonly ReferencePassage[],
  kindOf: (id: string) => string | undefined,
): LanguageAnnotation[] {
  const byId = new Map<string, LanguageAnnotation>();
  for (const reference of references) {
    if (reference.type !== 'REFERENCES' || !ANNOTATED_KINDS.has(kindOf(reference.from) ?? '')) continue;
    for (const source of reference.sources) {
      for (const rule of rulesFor(source.passage)) {
        for (const pillar of rule.pillars) {
          const to = `pillar:${pillar}`;
          const id = `${reference.from}|USES_LANGUAGE_OF|${to}#${rule.id}`;
          const annotation =
            byId.get(id) ??
            byId
              .set(id, { id, type: 'USES_LANGUAGE_OF', from: reference.from, to, properties: { annotation: true, rule: rule.id }, sources: [] })
              .get(id)!;
          if (!annotation.sources.some((known) => sourceKey(known) === sourceKey(source))) annotation.sources.push({ ...source });
        }
      }
    }
  }
  return [...byId.values()];
}
