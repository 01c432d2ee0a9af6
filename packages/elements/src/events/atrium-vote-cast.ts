import type { MeetingDetail, VoteInput } from '@atrium/sdk';

export interface VoteCastDetail {
  meetingId: string;
  /** The votes sent, every one recorded (VOTE-3). */
  votes: VoteInput[];
  /** The meeting as the server now has it, with the reader's recorded votes. */
  meeting: MeetingDetail;
}

/** The reader's votes were recorded through a widget. Bubbles out of shadow roots. */
export class AtriumVoteCastEvent extends CustomEvent<VoteCastDetail> {
  constructor(detail: VoteCastDetail) {
    super('atrium-vote-cast', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-vote-cast': AtriumVoteCastEvent;
  }
}
