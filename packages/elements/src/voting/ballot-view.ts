import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MeetingDetail, Resolution, VoterUnit } from '@atrium/sdk';
import { errorText, fieldErrorText } from '../core/error-text.js';
import type { Translate } from '../core/i18n.js';
import { ballotKey, choices, type Ballot } from './ballot.js';

export interface BallotViewOptions {
  t: Translate;
  /** A timestamp as the meeting's view writes it (on the tenant's clocks). */
  when: (timestamp: string) => string;
  /** The element id prefix of the meeting's view. */
  id: string;
  detail: MeetingDetail;
  ballot: Ballot;
  onChoose: (event: Event) => void;
}

/**
 * The reader's vote on one resolution for one unit: a radio group (arrow keys move within
 * it, Tab moves on) named by the resolution and the unit, what is recorded so far, and what
 * the server refused of it.
 */
export function voteGroup(
  options: BallotViewOptions,
  resolution: Resolution,
  unit: VoterUnit,
): TemplateResult {
  const { t, when, detail, ballot } = options;
  const key = ballotKey(resolution.id, unit.unitId);
  const id = `${options.id}-${resolution.id}-${unit.unitId}`;
  const current = ballot.choice(detail, resolution.id, unit.unitId);
  const recorded = ballot.recorded(detail, resolution.id, unit.unitId);
  const changed = ballot.isChanged(detail, resolution.id, unit.unitId);
  const problems = ballot.problems.get(key) ?? [];
  const locked = ballot.confirming || ballot.busy;
  const state = recorded
    ? t('ballot.recorded', {
        choice: t(`choice.${recorded.choice}`),
        date: when(recorded.castAt),
      })
    : t('ballot.notYet');
  const radios = choices.map(
    (choice) =>
      html`<label part="choice" data-choice=${choice}>
        <input
          type="radio"
          name=${key}
          .value=${choice}
          .checked=${current === choice}
          ?disabled=${locked}
          data-resolution=${resolution.id}
          data-unit=${unit.unitId}
          @change=${options.onChoose}
        />
        ${t(`choice.${choice}`)}
      </label>`,
  );
  const errors = problems.map((problem) => fieldErrorText(t, problem));
  return html`<fieldset
    part="vote"
    data-resolution=${resolution.id}
    data-unit=${unit.unitId}
    ?data-changed=${changed}
    aria-describedby=${errors.length ? `${id}-error ${id}-state` : `${id}-state`}
  >
    <legend>
      <span class="visually-hidden">${t('resolution.short', { number: resolution.number })}:</span>
      ${t('ballot.group', { number: unit.unitNumber })}
    </legend>
    <div class="choices">${radios}</div>
    <p part="recorded" id="${id}-state" class="muted">
      ${state} ${changed ? html`<strong>${t('ballot.changed')}</strong>` : nothing}
    </p>
    ${
      errors.length
        ? html`<p part="field-error" id="${id}-error">${[...new Set(errors)].join(' ')}</p>`
        : nothing
    }
  </fieldset>`;
}

/** The reader's final votes on a resolution of a meeting no longer open, per unit. */
export function finalVotes(
  t: Translate,
  detail: MeetingDetail,
  ballot: Ballot,
  resolution: Resolution,
): TemplateResult | typeof nothing {
  if (!detail.myUnits.length) return nothing;
  const lines = detail.myUnits.map((unit) => {
    const vote = ballot.recorded(detail, resolution.id, unit.unitId);
    const number = unit.unitNumber;
    return html`<li>
      ${
        vote
          ? t('ballot.final', { number, choice: t(`choice.${vote.choice}`) })
          : t('ballot.none', { number })
      }
    </li>`;
  });
  return html`<ul part="my-votes">
    ${lines}
  </ul>`;
}

export interface BallotActionsOptions extends BallotViewOptions {
  onCancel: () => void;
  onSend: () => void;
  /** Keys pressed in the confirmation (Escape goes back to the votes). */
  onConfirmKey: (event: KeyboardEvent) => void;
}

/**
 * The end of the ballot: why it was refused as a whole, the votes just recorded, "Review my
 * votes", or, once reviewed, the confirmation listing every vote about to be sent.
 */
export function ballotActions(options: BallotActionsOptions): TemplateResult {
  const { t, id, detail, ballot } = options;
  const note = ballot.nothingChosen
    ? html`<p part="form-error" role="alert">${t('ballot.nothing')}</p>`
    : ballot.saved
      ? html`<p part="saved" tabindex="-1">${t('ballot.saved', { count: ballot.saved })}</p>`
      : nothing;
  if (!ballot.confirming) {
    return html`${note}
      <button part="review" class="primary" type="submit">${t('ballot.review')}</button>`;
  }
  const numberOf = new Map(detail.resolutions.map((r) => [r.id, r.number]));
  const unitOf = new Map(detail.myUnits.map((u) => [u.unitId, u.unitNumber]));
  const lines = ballot.changes(detail).map(
    (vote) =>
      html`<li data-resolution=${vote.resolutionId} data-unit=${vote.unitId}>
        ${t('ballot.line', {
          number: numberOf.get(vote.resolutionId),
          unit: unitOf.get(vote.unitId),
          choice: t(`choice.${vote.choice}`),
        })}
      </li>`,
  );
  const busy = ballot.busy;
  return html`<section
    part="confirm"
    aria-labelledby="${id}-confirm"
    @keydown=${options.onConfirmKey}
  >
    <h4 id="${id}-confirm" tabindex="-1">${t('ballot.confirmHeading')}</h4>
    <p>${t('ballot.confirmIntro')}</p>
    <ul part="confirm-list">
      ${lines}
    </ul>
    <div class="actions">
      <button
        part="send"
        class="primary"
        type="button"
        aria-disabled=${ifDefined(busy ? 'true' : undefined)}
        @click=${options.onSend}
      >
        ${busy ? t('ballot.sending') : t('ballot.send')}
      </button>
      <button part="cancel" type="button" ?disabled=${busy} @click=${options.onCancel}>
        ${t('ballot.cancel')}
      </button>
    </div>
  </section>`;
}

/** Why the last sending was refused as a whole (window closed, votes refused), kept in view. */
export function ballotFailure(t: Translate, ballot: Ballot): TemplateResult | typeof nothing {
  const failure = ballot.failure;
  return failure
    ? html`<p part="form-error" role="alert" tabindex="-1">${errorText(t, failure)}</p>`
    : nothing;
}
