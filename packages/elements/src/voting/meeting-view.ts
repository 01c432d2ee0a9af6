import { shareOf } from '@atrium/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { MeetingDetail, MeetingDocument, VoteChoice, VoteInput } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { detailsList } from '../core/details-list.js';
import { percent, zonedDateTime } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { SignedInLoad } from '../core/signed-in-load.js';
import { Ballot } from './ballot.js';
import { ballotActions, ballotFailure, finalVotes, voteGroup } from './ballot-view.js';
import type { Countdowns } from './countdown.js';
import { statusBadge } from '../core/status-badge.js';
import { fractionText, windowLine } from './meeting-text.js';
import { resolutionView } from './resolution-view.js';
import { outcomeLine, resultsView } from './results-view.js';
import { turnoutView } from './turnout.js';
import { VotingDownloads } from './voting-downloads.js';
import type { PartHost } from '../core/part-host.js';
import { areaShareText, areaText } from './weights.js';

/** Told when the reader's votes were recorded: the meeting as answered, and the votes sent. */
export type OnVoted = (detail: MeetingDetail, votes: VoteInput[]) => void;

const PROTOCOL = 'protocol';

/**
 * One meeting: its property, window (in the tenant's time zone) and quorum; the turnout for
 * staff and the board; the weight of the reader's votes; each resolution with its text,
 * documents and majority rule, and the reader's vote per unit while voting is open; once
 * closed, the results and the protocol.
 */
export class MeetingView {
  meetingId: string | null = null;
  /** The server's answer to the reader's votes: newer than the load. */
  #latest: MeetingDetail | null = null;
  #unfolded = new Set<string>();
  readonly #ballot: Ballot;
  readonly #downloads: VotingDownloads;
  readonly #load: SignedInLoad<MeetingDetail, readonly [string | null]>;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly countdowns: Countdowns,
    private readonly onVoted: OnVoted,
    onDownloaded: (fileName: string) => void,
  ) {
    this.#ballot = new Ballot(host);
    this.#downloads = new VotingDownloads(host, onDownloaded);
    this.#load = new SignedInLoad(host, atrium, {
      args: () => [this.meetingId] as const,
      load: (client, [meetingId], signal) =>
        meetingId ? client.voting.get(meetingId, { signal }) : null,
    });
  }

  get pending(): boolean {
    return this.#load.pending;
  }

  /** The meeting shown now, once known. */
  get detail(): MeetingDetail | null {
    const candidates = [this.#latest, this.#load.value];
    return candidates.find((detail) => detail?.meeting.id === this.meetingId) ?? null;
  }

  show(meetingId: string): void {
    if (meetingId !== this.meetingId) this.#unfolded.clear();
    this.meetingId = meetingId;
    this.#ballot.show(meetingId);
    this.host.requestUpdate();
  }

  /** Loads the meeting again (its window opened or closed meanwhile). */
  reload(): void {
    this.#latest = null;
    this.#load.reload();
  }

  render(t: Translate): TemplateResult {
    const detail = this.detail;
    if (detail) return this.#meeting(t, detail);
    return this.#load.render(
      t,
      (loaded) => this.#meeting(t, loaded),
      (loaded) => loaded.meeting.id === this.meetingId,
    );
  }

  #meeting(t: Translate, detail: MeetingDetail): TemplateResult {
    const { meeting } = detail;
    const locale = this.atrium.locale;
    const when = (timestamp: string) => zonedDateTime(timestamp, locale, meeting.timeZone);
    const details = detailsList([
      [t('meeting.property'), meeting.property.name],
      [
        t('meeting.window'),
        t('meeting.windowText', { opens: when(meeting.opensAt), closes: when(meeting.closesAt) }),
      ],
      [t('meeting.totalArea'), areaText(t, detail.totalArea, locale)],
      [t('meeting.quorum'), t('meeting.quorumText', { fraction: fractionText(t, detail.quorum) })],
    ]);
    return html`<article part="meeting" aria-labelledby="${this.id}-title">
      <div class="view-head">
        <h3 id="${this.id}-title" data-view-heading tabindex="-1">${meeting.title}</h3>
        ${statusBadge(t, meeting.status)}
      </div>
      ${windowLine({ t, locale, meeting, countdowns: this.countdowns })} ${details}
      ${detail.description ? html`<p part="description">${detail.description}</p>` : nothing}
      ${turnoutView(t, locale, this.id, detail)} ${this.#weights(t, detail)}
      ${ballotFailure(t, this.#ballot)}
      ${resultsView({
        t,
        locale,
        when,
        id: this.id,
        detail,
        protocolBusy: this.#downloads.busy(PROTOCOL),
        protocolFailure: this.#downloads.failure(PROTOCOL),
        onProtocol: this.#onProtocol,
      })}
      ${this.#agenda(t, detail, when)}
    </article>`;
  }

  /** The weight of the reader's votes, per unit: area × share, and of the total area. */
  #weights(t: Translate, detail: MeetingDetail): TemplateResult | typeof nothing {
    if (!detail.myUnits.length) return nothing;
    const locale = this.atrium.locale;
    const units = detail.myUnits.map(
      (unit) =>
        html`<li data-unit=${unit.unitId}>
          ${t('weights.unit', {
            number: unit.unitNumber,
            area: areaText(t, unit.area, locale),
            share: percent(unit.share, locale, 2),
            weight: areaShareText(t, unit.weight, shareOf(unit.weight, detail.totalArea), locale),
          })}
        </li>`,
    );
    return html`<section part="weights" aria-labelledby="${this.id}-weights">
      <h4 id="${this.id}-weights">${t('weights.heading')}</h4>
      <ul>
        ${units}
      </ul>
    </section>`;
  }

  /** The resolutions; while voting is open and the reader holds votes, inside the ballot form. */
  #agenda(
    t: Translate,
    detail: MeetingDetail,
    when: (timestamp: string) => string,
  ): TemplateResult {
    const locale = this.atrium.locale;
    const status = detail.meeting.status;
    const voting = status === 'open' && detail.myUnits.length > 0;
    const options = {
      t,
      when,
      id: this.id,
      detail,
      ballot: this.#ballot,
      onChoose: this.#onChoose,
    };
    const resolutions = detail.resolutions.map((resolution) =>
      resolutionView({
        t,
        locale,
        id: this.id,
        resolution,
        unfolded: this.#unfolded.has(resolution.id),
        downloading: (documentId) => this.#downloads.busy(documentId),
        downloadFailure: (documentId) => this.#downloads.failure(documentId),
        onToggleText: this.#onToggleText,
        onDocument: this.#onDocument,
        outcome: status === 'closed' ? outcomeLine(t, resolution.result) : nothing,
        votes: voting
          ? detail.myUnits.map((unit) => voteGroup(options, resolution, unit))
          : status === 'closed'
            ? finalVotes(t, detail, this.#ballot, resolution)
            : nothing,
      }),
    );
    const note = detail.myUnits.length
      ? status === 'scheduled'
        ? html`<p part="status">${t('ballot.notOpen')}</p>`
        : nothing
      : html`<p part="status">${t('ballot.noVote')}</p>`;
    const heading = html`<h3 class="agenda-heading">${t('meeting.agenda')}</h3>`;
    if (!voting) return html`${heading} ${note} ${resolutions}`;
    return html`${heading}
      <form part="ballot" novalidate aria-label=${t('meeting.agenda')} @submit=${this.#onReview}>
        ${resolutions}
        ${ballotActions({
          ...options,
          onCancel: this.#onCancel,
          onSend: this.#onSend,
          onConfirmKey: this.#onConfirmKey,
        })}
      </form>`;
  }

  readonly #onChoose = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const { resolution, unit } = input.dataset;
    if (resolution && unit) this.#ballot.choose(resolution, unit, input.value as VoteChoice);
  };

  readonly #onReview = (event: SubmitEvent): void => {
    event.preventDefault();
    const detail = this.detail;
    if (!detail || this.#ballot.busy) return;
    const confirming = this.#ballot.review(detail);
    this.#focus(confirming ? '[part="confirm"] h4' : '[part="review"]');
  };

  readonly #onCancel = (): void => {
    this.#ballot.cancel();
    this.#focus('[part="review"]');
  };

  readonly #onConfirmKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.#ballot.busy) return;
    event.preventDefault();
    this.#onCancel();
  };

  readonly #onSend = async (): Promise<void> => {
    const client = this.atrium.client;
    const detail = this.detail;
    if (!client || !detail) return;
    const sent = await this.#ballot.send(client, detail);
    if (sent) {
      this.#latest = sent.answer;
      this.host.requestUpdate();
      this.onVoted(sent.answer, sent.votes);
      return this.#focus('[part="saved"]');
    }
    if (!this.#ballot.failure) return;
    // The window moved on meanwhile: show the meeting as it is now.
    if (this.#ballot.failure.code.startsWith('voting_')) this.reload();
    this.#focus(
      this.#ballot.problems.size
        ? '[part="vote"]:has([part="field-error"]) input'
        : '[part="form-error"]',
    );
  };

  readonly #onToggleText = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['resolution'] ?? '';
    if (!this.#unfolded.delete(id)) this.#unfolded.add(id);
    this.host.requestUpdate();
  };

  readonly #onDocument = (document: MeetingDocument): void => {
    const client = this.atrium.client;
    const detail = this.detail;
    if (!client || !detail) return;
    const what = { meetingId: detail.meeting.id, kind: 'document' as const };
    void this.#downloads.run(document.id, what, (signal) =>
      client.voting.downloadDocument(document, { signal }),
    );
  };

  readonly #onProtocol = (): void => {
    const client = this.atrium.client;
    const detail = this.detail;
    if (!client || !detail) return;
    const locale = this.atrium.locale;
    const what = { meetingId: detail.meeting.id, kind: 'protocol' as const };
    void this.#downloads.run(PROTOCOL, what, (signal) =>
      client.voting.downloadProtocol(detail, { locale, signal }),
    );
  };

  /** Focuses the first match once the pending render is in the DOM. */
  #focus(selector: string): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }
}
