import { Query, Resolver } from 'type-graphql';
import { kindSpec, NODE_KINDS, PropertySpec, RELATIONSHIP_TYPE_NAMES, relationshipProperty, relationshipTypeSpec } from '../model';
import { GraphModel, PropertyModel } from '../schema/model.type';

const propertyModel = (name: string, spec: PropertySpec): PropertyModel => ({
  name,
  type: spec.type,
  list: spec.list,
  required: spec.required,
  sortable: spec.sortable,
  searchable: spec.searchable,
});

/** The model as the API serves it; the same for every request, so built once. */
export const GRAPH_MODEL: GraphModel = {
  kinds: NODE_KINDS.map((kind) => {
    const spec = kindSpec(kind);
    return {
      kind,
      idPrefix: spec.idPrefix,
      labelProperty: spec.labelProperty,
      dateProperty: spec.dateProperty ?? null,
      colour: spec.colour,
      description: spec.description,
      citable: spec.citable,
      properties: Object.entries(spec.properties).map(([name, property]) => propertyModel(name, property)),
    };
  }),
  relationshipTypes: RELATIONSHIP_TYPE_NAMES.map((type) => {
    const spec = relationshipTypeSpec(type);
    return {
      type,
      from: [...spec.from],
      to: [...spec.to],
      dateProperty: spec.dateProperty ?? null,
      derived: spec.derived,
      properties: spec.properties.map((name) => propertyModel(name, relationshipProperty(name))),
    };
  }),
};

/** Serves the graph model (kinds, colours, properties, relationship endpoints) to frontends and graph tools. */
@Resolver()
export class ModelResolver {
  @Query(() => GraphModel, { description: 'The graph model: every node kind and relationship type, with their properties.' })
  model(): GraphModel {
    return GRAPH_MODEL;
  }
}
