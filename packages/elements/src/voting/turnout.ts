import { shareOf } from '@atrium/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, MeetingDetail } from '@atrium/sdk';
import { count, percent } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { areaText } from './weights.js';

/**
 * Who has voted so far, never how (staff and the property's board): the weight voted of the
 * total area as a bar with the same figures in words, and the owners who voted of those on
 * the roll.
 */
export function turnoutView(
  t: Translate,
  locale: Locale,
  id: string,
  detail: MeetingDetail,
): TemplateResult | typeof nothing {
  const turnout = detail.turnout;
  if (!turnout) return nothing;
  const share = shareOf(turnout.votedWeight, detail.totalArea);
  const weight = t('turnout.weight', {
    voted: areaText(t, turnout.votedWeight, locale),
    total: areaText(t, detail.totalArea, locale),
    percent: percent(share, locale, 2),
  });
  const voters = t('turnout.voters', {
    voters: count(turnout.voters, locale),
    eligible: count(turnout.eligibleVoters, locale),
  });
  return html`<section part="turnout" aria-labelledby="${id}-turnout">
    <h4 id="${id}-turnout">${t('turnout.heading')}</h4>
    <progress
      part="turnout-bar"
      max="1"
      .value=${Number(share)}
      aria-labelledby="${id}-turnout"
      aria-describedby="${id}-turnout-text"
    ></progress>
    <p id="${id}-turnout-text">${weight} ${voters}</p>
    ${
      detail.meeting.status === 'closed'
        ? nothing
        : html`<p class="muted">${t('turnout.secret')}</p>`
    }
  </section>`;
}
