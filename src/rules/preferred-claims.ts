/** A claim about a relationship's property names it as `TYPE other-id property`. */
const RELATIONSHIP_CLAIM = /^([A-Z_]+) (\S+) (\w+)$/;

/** A value as a claim states it: lists joined with the dash the UN puts between symbols. */
export function claimedForm(value: unknown): string {
  return Array.isArray(value) ? value.join('\u2013') : String(value);
}

/** Why the graph does not hold what a preferred claim says, and whether the claim is about a relationship. */
export interface PreferredValueProblem {
  aboutRelationship: boolean;
  message: string;
}

/**
 * The rule that keeps the graph true to its preferred claims, shared by the seed loader and the curation API:
 * a node property a preferred claim is about holds the claimed value, and a claim about a relationship
 * (`TYPE other-id property`) matches that relationship's property. Returns null when the graph agrees.
 */
export function preferredValueProblem(
  claim: { property: string; value: string },
  subject: { id: string; properties: Record<string, unknown> },
  relationshipsFromSubject: ReadonlyArray<{ type: string; to: string; properties: Record<string, unknown> }>,
): PreferredValueProblem | null {
  const aboutRelationship = RELATIONSHIP_CLAIM.exec(claim.property);
  if (aboutRelationship) {
    const [, type, other, name] = aboutRelationship;
    const held = relationshipsFromSubject.filter((rel) => rel.type === type && rel.to === other);
    if (held.some((rel) => claim.value.endsWith(claimedForm(rel.properties[name])))) return null;
    return { aboutRelationship: true, message: `the preferred value "${claim.value}" is not the ${name} of ${subject.id} -[${type}]-> ${other}` };
  }
  if (!(claim.property in subject.properties)) return null;
  const held = claimedForm(subject.properties[claim.property]);
  if (held === claim.value) return null;
  return { aboutRelationship: false, message: `the preferred value "${claim.value}" differs from ${subject.id}.${claim.property} ("${held}")` };
}

/** Why a disputed fact breaks the one-preferred-claim rule, or null when exactly one of its claims is preferred. */
export function preferredCountProblem(property: string, preferred: number, subject?: string): string | null {
  if (preferred === 1) return null;
  const fact = subject === undefined ? property : `${property} of "${subject}"`;
  return `the claims about ${fact} have ${preferred} preferred claims; exactly one must be preferred`;
}
