import { DERIVED_RELATIONSHIP_TYPES, endpointProblem, NodeKind, RelationshipType, relationshipPropertiesProblem } from '../model';

/** One way a relationship breaks the model: the field at fault and why. */
export interface RuleProblem {
  field: string;
  reason: string;
}

/** A relationship as written by hand: its type, the kinds of its two ends (null where no node has that id), its properties. */
export interface RelationshipDraft {
  type: RelationshipType;
  fromKind: NodeKind | null;
  toKind: NodeKind | null;
  properties: Record<string, unknown>;
}

/**
 * What the model forbids in a hand-written relationship, for the seed loader and the curation API alike: a
 * derived type (the loader makes those), ends of kinds the type may not connect, a property the type does
 * not carry. Missing ends are the caller's to report (a seed file names the id, the API answers NOT_FOUND).
 */
export function relationshipProblems(draft: RelationshipDraft): RuleProblem[] {
  if (DERIVED_RELATIONSHIP_TYPES.has(draft.type)) {
    return [{ field: 'type', reason: `${draft.type} is derived by the loader from other records; do not write it` }];
  }
  const problems: RuleProblem[] = [];
  if (draft.fromKind !== null && draft.toKind !== null) {
    const endpoints = endpointProblem(draft.type, draft.fromKind, draft.toKind);
    if (endpoints) problems.push({ field: 'type', reason: endpoints });
  }
  const property = relationshipPropertiesProblem(draft.type, draft.properties);
  if (property) problems.push({ field: `properties.${property.property}`, reason: property.message });
  return problems;
}
