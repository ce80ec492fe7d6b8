import { InputType } from 'type-graphql';
import { ChoiceInput, DateInput, DateListInput, IntInput, TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

export const DIALOGUE_FORMATS = ['informal-interactive-dialogue', 'plenary-debate', 'informal-thematic-dialogue', 'informal-meeting'] as const;

/** A General Assembly dialogue or debate on the responsibility to protect. */
@InputType()
export class DialogueInput extends NodeInput {
  static kind = NodeKind.Dialogue;

  @TextInput(500)
  title: string;

  @ChoiceInput(DIALOGUE_FORMATS)
  format: string;

  @DateInput({ description: 'Its first day; also the date in its id.' })
  startDate: string;

  @DateInput({ optional: true })
  endDate?: string;

  @DateListInput({ optional: true, description: 'Every day it met.' })
  meetingDates?: string[];

  @IntInput(0, 300, { optional: true, description: 'Member States that spoke, as published.' })
  memberStateSpeakers?: number;

  @IntInput(0, 300, { optional: true, description: 'Other speakers (regional organisations, observers, civil society), as published.' })
  otherSpeakers?: number;

  @IntInput(0, 400, { optional: true, description: 'All speakers, as published.' })
  totalSpeakers?: number;

  @TextInput(500, { optional: true, description: 'The speaker count in the words of its source.' })
  speakersNote?: string;

  @TextInput(50, { optional: true })
  session?: string;

  @TextInput(500, { optional: true })
  url?: string;
}
