import { ObjectType } from 'type-graphql';
import { RELATIONSHIP_PROPERTY_NAMES, relationshipProperty } from '../model';
import { objectFieldOf } from './fields';

/** What a relationship itself holds (a term's dates, a speaker's role, a provision cited): every property the model declares. */
@ObjectType({ simpleResolvers: true, description: "A relationship's own properties; each type uses the few that fit it." })
export class RelationshipProperties {
  [property: string]: unknown;
}
for (const name of RELATIONSHIP_PROPERTY_NAMES) objectFieldOf(relationshipProperty(name))(RelationshipProperties.prototype, name);
