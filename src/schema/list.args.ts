import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { ArgsType, ClassType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { BooleanFilter, DateFilter, IdFilter, IntFilter, ListFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { NodeKind } from './kinds';
import { InRange } from './validators';
import { defaultSort, NODE_KINDS, PropertySpec, propertiesOf } from '../model';

export const MAX_PAGE = 100;

/** Relay cursor paging: `first`/`after` forwards, `last`/`before` backwards. At most 100 a page. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: 'Page size going forwards (1-100; 20 when neither first nor last is given).' })
  @IsOptional()
  @InRange('first', 1, MAX_PAGE)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Page size going backwards (1-100).' })
  @IsOptional()
  @InRange('last', 1, MAX_PAGE)
  last?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  before?: string;
}

/** A kind's list arguments: its filter, its order and the cursor page. */
export interface KindListArgs extends ListArgs {
  filter?: Record<string, unknown>;
  orderBy?: { field: string; direction: SortDirection };
}

/** The filter input of a property: a list's, or its value type's. */
function filterOf(spec: PropertySpec): ClassType {
  if (spec.list) return ListFilter;
  return { string: StringFilter, int: IntFilter, boolean: BooleanFilter, date: DateFilter }[spec.type];
}

/** The property a kind's list is ordered by when the client gives no order. */
export const DEFAULT_SORT: Readonly<Record<NodeKind, string>> = Object.fromEntries(NODE_KINDS.map((kind) => [kind, defaultSort(kind)])) as Record<
  NodeKind,
  string
>;

type Decorator = (target: object, property: string) => void;

function decorate(target: object, property: string, ...decorators: Decorator[]): void {
  for (const decorator of decorators) decorator(target, property);
}

function named<T extends ClassType>(cls: T, name: string): T {
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

/**
 * Builds a kind's filter input, sort enum, order input and list arguments from its property types
 * (src/model), so that a property added to a kind is filterable and sortable at once.
 */
export function listArgsFor(kind: NodeKind): ClassType<KindListArgs> {
  const properties = propertiesOf(kind);

  const Filter = named(class {}, `${kind}Filter`);
  decorate(Filter.prototype, 'id', Field(() => IdFilter, { nullable: true }), ValidateNested(), Type(() => IdFilter));
  for (const [property, spec] of Object.entries(properties)) {
    const filterType = filterOf(spec);
    decorate(Filter.prototype, property, Field(() => filterType, { nullable: true }), ValidateNested(), Type(() => filterType));
  }
  decorate(
    Filter.prototype,
    'related',
    Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' }),
    IsOptional(),
    ArrayMaxSize(5),
    ValidateNested({ each: true }),
    Type(() => RelatedFilter),
  );
  InputType(`${kind}Filter`, { description: `Conditions on ${kind} nodes; all given conditions must hold.` })(Filter);

  const sortable = ['id', ...Object.entries(properties).filter(([, spec]) => spec.sortable).map(([name]) => name)];
  const SortField = Object.fromEntries(sortable.map((name) => [name, name]));
  registerEnumType(SortField, { name: `${kind}SortField`, description: `The ${kind} properties a list can be sorted by.` });

  const Order = named(class {}, `${kind}Order`);
  decorate(Order.prototype, 'field', Field(() => SortField));
  decorate(Order.prototype, 'direction', Field(() => SortDirection, { defaultValue: SortDirection.ASC }));
  InputType(`${kind}Order`)(Order);

  const Args = named(class extends ListArgs {}, `${kind}ListArgs`);
  decorate(Args.prototype, 'filter', Field(() => Filter, { nullable: true }), ValidateNested(), Type(() => Filter));
  decorate(
    Args.prototype,
    'orderBy',
    Field(() => Order, { nullable: true, description: `Defaults to ${DEFAULT_SORT[kind]} ascending; ties are broken by id.` }),
    ValidateNested(),
    Type(() => Order),
  );
  ArgsType()(Args);
  return Args as ClassType<KindListArgs>;
}
