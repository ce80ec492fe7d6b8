import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';

/**
 * What a request selected under one field, merged over aliases, fragments and type conditions: the
 * repositories read it to fetch only what will be shown.
 */
export class Selection {
  constructor(readonly trees: readonly ResolveTree[]) {}

  /** The selection under the field being resolved. */
  static of(info: GraphQLResolveInfo): Selection {
    const tree = parseResolveInfo(info) as ResolveTree | null;
    return new Selection(tree ? [tree] : []);
  }

  /** The selections of both, as one. */
  static union(...selections: Selection[]): Selection {
    return new Selection(selections.flatMap((selection) => selection.trees));
  }

  /** Every selection of the fields under this one, each alias on its own. */
  fields(): ResolveTree[] {
    return this.trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)));
  }

  /** The selection under `path` (`nodes.sources`), every alias and type condition of each step merged. */
  at(path: string): Selection {
    let current: Selection = this;
    for (const name of path.split('.')) current = new Selection(current.fields().filter((field) => field.name === name));
    return current;
  }

  /** Whether the field at `path` was selected at all. */
  has(path: string): boolean {
    return this.at(path).trees.length > 0;
  }
}

/** Which of the costly parts of graph-side nodes and relationships a request selected. */
export interface GraphFields {
  nodeProperties: boolean;
  nodeSources: boolean;
  edgeProperties: boolean;
  edgeSources: boolean;
}

/** The graph-side fields selected for nodes at `nodePaths` and relationships at `edgePaths`. */
export function graphFields(selection: Selection, nodePaths: readonly string[], edgePaths: readonly string[] = []): GraphFields {
  const any = (paths: readonly string[], field: string) => paths.some((path) => selection.has(`${path}.${field}`));
  return {
    nodeProperties: any(nodePaths, 'properties'),
    nodeSources: any(nodePaths, 'sources'),
    edgeProperties: any(edgePaths, 'properties'),
    edgeSources: any(edgePaths, 'sources'),
  };
}

/** Every part selected: for callers without a GraphQL selection (exports, scripts). */
export const ALL_GRAPH_FIELDS: GraphFields = { nodeProperties: true, nodeSources: true, edgeProperties: true, edgeSources: true };
