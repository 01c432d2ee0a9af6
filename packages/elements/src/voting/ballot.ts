import {
  AtriumError,
  validators,
  type AtriumClient,
  type CastVote,
  type MeetingDetail,
  type VoteChoice,
  type VoteInput,
} from '@atrium/sdk';
import { ActionController, type Failure } from '../core/action-controller.js';
import type { FieldProblem } from '../core/error-text.js';
import type { PartHost } from '../core/part-host.js';

/** The choices a vote offers, in the contract's order: for, against, abstain. */
export const choices: readonly VoteChoice[] = validators.VoteChoice.options;

/** A vote's place on the ballot: one resolution, for one unit. */
export const ballotKey = (resolutionId: string, unitId: string): string =>
  `${resolutionId}/${unitId}`;

/** A refused vote's field (`votes.2.unitId`): the index of the vote sent, and its own field. */
const voteField = /^votes\.(\d+)\.(\w+)$/;

/**
 * The reader's ballot in one meeting (VOTE-3): the choices made and not yet sent, the
 * confirmation step, the sending (all or nothing; the same votes sent twice change
 * nothing), and what the server refused, by vote.
 */
export class Ballot {
  meetingId: string | null = null;
  confirming = false;
  /** "Review my votes" found nothing chosen that differs from the recorded votes. */
  nothingChosen = false;
  /** The server's refusals, by ballot key. */
  problems: ReadonlyMap<string, readonly FieldProblem[]> = new Map();
  failure: Failure | null = null;
  /** How many votes the last sending recorded; zero once the reader chooses again. */
  saved = 0;
  #drafts = new Map<string, VoteChoice>();
  readonly #action: ActionController;

  constructor(private readonly host: PartHost) {
    this.#action = new ActionController(host);
  }

  get busy(): boolean {
    return this.#action.busy;
  }

  /** Another meeting is shown: nothing chosen there yet, nothing said. */
  show(meetingId: string): void {
    if (meetingId === this.meetingId) return;
    this.meetingId = meetingId;
    this.#drafts.clear();
    this.confirming = false;
    this.nothingChosen = false;
    this.problems = new Map();
    this.failure = null;
    this.saved = 0;
  }

  /** The reader's vote as recorded by the server, if any. */
  recorded(detail: MeetingDetail, resolutionId: string, unitId: string): CastVote | undefined {
    const unit = detail.myUnits.find((candidate) => candidate.unitId === unitId);
    return unit?.votes.find((vote) => vote.resolutionId === resolutionId);
  }

  /** The choice shown: the one made here, else the recorded one. */
  choice(detail: MeetingDetail, resolutionId: string, unitId: string): VoteChoice | undefined {
    return (
      this.#drafts.get(ballotKey(resolutionId, unitId)) ??
      this.recorded(detail, resolutionId, unitId)?.choice
    );
  }

  /** Whether the choice shown differs from the recorded one (so it will be sent). */
  isChanged(detail: MeetingDetail, resolutionId: string, unitId: string): boolean {
    const draft = this.#drafts.get(ballotKey(resolutionId, unitId));
    return draft !== undefined && draft !== this.recorded(detail, resolutionId, unitId)?.choice;
  }

  choose(resolutionId: string, unitId: string, choice: VoteChoice): void {
    const key = ballotKey(resolutionId, unitId);
    this.#drafts.set(key, choice);
    if (this.problems.has(key)) {
      const problems = new Map(this.problems);
      problems.delete(key);
      this.problems = problems;
    }
    this.nothingChosen = false;
    this.saved = 0;
    this.host.requestUpdate();
  }

  /** The votes to send: every choice that differs from the recorded one, in agenda order. */
  changes(detail: MeetingDetail): VoteInput[] {
    return detail.resolutions.flatMap((resolution) =>
      detail.myUnits
        .filter((unit) => this.isChanged(detail, resolution.id, unit.unitId))
        .map((unit) => ({
          resolutionId: resolution.id,
          unitId: unit.unitId,
          choice: this.#drafts.get(ballotKey(resolution.id, unit.unitId)) as VoteChoice,
        })),
    );
  }

  /** "Review my votes": the confirmation when something is to be sent, else why not. */
  review(detail: MeetingDetail): boolean {
    const any = this.changes(detail).length > 0;
    this.confirming = any;
    this.nothingChosen = !any;
    this.failure = null;
    this.saved = 0;
    this.host.requestUpdate();
    return any;
  }

  cancel(): void {
    this.confirming = false;
    this.host.requestUpdate();
  }

  /**
   * Sends the changed votes, all or nothing; resolves to the meeting as the server now has
   * it, or to null when refused (the refusals are kept, by vote where the server named one).
   */
  async send(
    client: AtriumClient,
    detail: MeetingDetail,
  ): Promise<{ answer: MeetingDetail; votes: VoteInput[] } | null> {
    const votes = this.changes(detail);
    if (!votes.length || this.busy) return null;
    let answer: MeetingDetail | undefined;
    const failure = await this.#action.run(async (signal) => {
      answer = await client.voting.vote(detail.meeting.id, { votes }, { signal });
    });
    if (failure?.code === 'aborted') return null;
    this.confirming = false;
    if (answer) {
      this.#drafts.clear();
      this.saved = votes.length;
      this.host.requestUpdate();
      return { answer, votes };
    }
    this.failure = failure;
    this.problems = problemsByVote(
      failure instanceof AtriumError ? failure.fieldErrors : [],
      votes,
    );
    this.host.requestUpdate();
    return null;
  }
}

/** The refused fields that name a vote sent, by that vote's ballot key. */
function problemsByVote(
  errors: readonly FieldProblem[],
  votes: readonly VoteInput[],
): Map<string, FieldProblem[]> {
  const byVote = new Map<string, FieldProblem[]>();
  for (const error of errors) {
    const [, index, field] = voteField.exec(error.field) ?? [];
    const vote = votes[Number(index)];
    if (!vote || !field) continue;
    const key = ballotKey(vote.resolutionId, vote.unitId);
    byVote.set(key, [...(byVote.get(key) ?? []), { ...error, field }]);
  }
  return byVote;
}
