import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ExportFormat } from './export.type';
import { RelationshipType } from './kinds';
import { InRange } from './validators';

/** At most this many start ids: enough for every node an explorer view can show, short enough for a URL. */
export const MAX_EXPORT_IDS = 300;

/** What to export and in which format; shared by the GraphQL field and the HTTP download route. */
@ArgsType()
export class ExportArgs {
  @Field(() => ExportFormat)
  format: ExportFormat;

  @Field(() => [ID], {
    nullable: true,
    description: `Start nodes (at most ${MAX_EXPORT_IDS}); the whole graph when omitted.`,
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'ids must hold at least one id; omit it to export the whole graph' })
  @ArrayMaxSize(MAX_EXPORT_IDS, { message: `ids must hold at most ${MAX_EXPORT_IDS} ids` })
  @Length(1, 200, { each: true, message: 'each id must be 1 to 200 characters long' })
  ids?: string[];

  @Field(() => Int, {
    defaultValue: 1,
    description: 'With ids: how many relationships away from them to go (0-4); 0 exports just those nodes and the relationships among them.',
  })
  @InRange('depth', 0, 4)
  depth: number;

  @Field(() => [RelationshipType], {
    nullable: true,
    description: 'Follow and keep only relationships of these types; all when omitted. The whole graph keeps every node.',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  relationshipTypes?: RelationshipType[];
}
