import { html, type TemplateResult } from 'lit';
import { property, queryAll, state } from 'lit/decorators.js';
import type { MeetingDetail, VoteInput } from '@atrium/sdk';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import { chartStyles } from '../core/chart-styles.js';
import { ChartsController, type ChartSpec } from '../core/charts.js';
import type { Translate } from '../core/i18n.js';
import { signedInView } from '../core/signed-in-view.js';
import { isStaff } from '../core/staff.js';
import { badgeStyles } from '../core/status-badge.js';
import { tableStyles } from '../core/table-styles.js';
import { tokenValue } from '../core/theme.js';
import { ViewFocus } from '../core/view-focus.js';
import { widgetFrame } from '../core/widget-frame.js';
import { choiceStyles } from '../core/choice-styles.js';
import { listViewStyles } from '../core/list-view-styles.js';
import { widgetStyles } from '../core/widget-styles.js';
import { AtriumVoteCastEvent } from '../events/atrium-vote-cast.js';
import { votingStyles } from './atrium-voting.styles.js';
import { Countdowns } from './countdown.js';
import { votingMessages } from './locales/index.js';
import { MeetingList } from './meeting-list.js';
import { MeetingView } from './meeting-view.js';
import { resultsChart, resultsChartParts, type ResultsLook } from './results-chart.js';

let instances = 0;

/**
 * Owners' meetings and e-voting (VOTE-1..3, DIR-1). Open and upcoming meetings come first,
 * each with its deadline and the time left; closed ones follow. A meeting shows its
 * property, its window in the tenant's time zone, its quorum, and each resolution with its
 * full text, documents and majority rule. An owner sees the weight of their vote per unit
 * (area × share, of the property's total area), votes for, against or abstains per unit on
 * each resolution, confirms the votes before they are sent, and sees them recorded with
 * their time; a vote can be changed until the window closes. Staff and the board see the
 * turnout while voting is open, never a running result. Once closed, the frozen results
 * show as a chart and a table with the same figures, with the protocol to download.
 *
 * Place it on the page whether or not anyone is signed in: signed out, it asks the reader
 * to sign in and shows the meetings as soon as they do, through the shared connection.
 *
 * @summary Owners' meetings: resolutions, area-weighted votes per unit, turnout and results.
 * @tagname atrium-voting
 *
 * @fires {AtriumVoteCastEvent} atrium-vote-cast - The reader's votes were recorded; `detail` has the meeting id, the votes and the meeting.
 * @fires {AtriumVotingDownloadEvent} atrium-voting-download - A document or protocol arrived; cancel it to keep the widget from saving it.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The heading.
 * @csspart status - Messages: signed out, no meetings, loading, errors.
 * @csspart retry - The "Try again" button of an error.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart list - A list of meetings (open and upcoming, or closed).
 * @csspart row - One meeting in a list.
 * @csspart open - A meeting's button in a list (its title).
 * @csspart badge - A meeting's status (with `data-status`: scheduled, open, closed).
 * @csspart window - When voting closes, opens or closed.
 * @csspart countdown - The time left, to the minute.
 * @csspart pending - How many of the reader's votes are still to cast.
 * @csspart more - The "Show more" button of the closed meetings.
 * @csspart back - "Back to the meetings".
 * @csspart meeting - One meeting's view.
 * @csspart details - A meeting's property, window, total area and quorum.
 * @csspart description - A meeting's description.
 * @csspart turnout - The turnout (staff and the board).
 * @csspart turnout-bar - The turnout's progress bar.
 * @csspart weights - The weight of the reader's votes, per unit.
 * @csspart ballot - The form of the reader's votes.
 * @csspart resolution - One resolution.
 * @csspart text - A resolution's full text (folded when long).
 * @csspart text-toggle - "Show the full text" / "Show less".
 * @csspart majority - What a resolution needs to pass.
 * @csspart documents - A resolution's documents.
 * @csspart document - A document's download button.
 * @csspart vote - The reader's vote on a resolution for one unit (a radio group, with `data-changed` when not sent yet).
 * @csspart choice - One choice of a vote (with `data-choice`: for, against, abstain).
 * @csspart recorded - The vote recorded so far, and its time.
 * @csspart field-error - Why a vote was refused.
 * @csspart form-error - Why the votes were refused as a whole, or nothing was chosen.
 * @csspart review - "Review my votes".
 * @csspart confirm - The confirmation listing the votes about to be sent.
 * @csspart confirm-list - The votes in the confirmation.
 * @csspart send - "Send my votes".
 * @csspart cancel - "Back to my votes".
 * @csspart saved - "Your votes have been recorded."
 * @csspart my-votes - The reader's final votes on a resolution of a closed meeting.
 * @csspart outcome - Whether a resolution passed and reached the quorum (with `data-outcome`: passed, failed).
 * @csspart results - The results of a closed meeting.
 * @csspart chart - The results' chart (a figure with its caption and canvas), hidden from screen readers, which read the table.
 * @csspart results-table - The results' table, the chart's figures.
 * @csspart results-row - One resolution in it.
 * @csspart protocol - The protocol's download button.
 *
 * @cssprop --atrium-color-primary - Buttons, the turnout bar, the focus ring; open meetings' badges.
 * @cssprop --atrium-color-on-primary - Text on primary buttons.
 * @cssprop --atrium-color-background - Controls' background; the stripes and dots in the chart.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Secondary text, chart axes; closed meetings' badges.
 * @cssprop --atrium-color-border - Borders, grid lines, the skeleton; "did not vote" in the chart.
 * @cssprop --atrium-color-danger - Errors; "against" in the chart (striped); resolutions not passed.
 * @cssprop --atrium-color-success - "For" in the chart; resolutions passed.
 * @cssprop --atrium-color-chart-2 - Upcoming meetings' badges.
 * @cssprop --atrium-color-chart-3 - "Abstained" in the chart (dotted); votes changed and not sent.
 * @cssprop --atrium-font-family - Font, in the chart too.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-4 - Gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 */
export class AtriumVoting extends AtriumWidget {
  static override styles = [
    widgetStyles,
    listViewStyles,
    choiceStyles,
    badgeStyles,
    tableStyles,
    chartStyles,
    votingStyles,
  ];

  /** The meeting shown; without it, the list. Set when a meeting is opened. */
  @property({ attribute: 'meeting-id' }) meetingId: string | null = null;

  @state() private announcement = '';

  @queryAll('canvas[data-results-chart]') private canvases!: NodeListOf<HTMLCanvasElement>;

  readonly #atrium = new AtriumController(this, 'voting', votingMessages);
  readonly #id = `atrium-voting-${++instances}`;
  readonly #viewFocus = new ViewFocus(this);
  readonly #countdowns = new Countdowns(this, () => this.#deadlinePassed());
  readonly #list = new MeetingList(this, this.#atrium, this.#id, this.#countdowns, (id) =>
    this.#open(id),
  );
  readonly #view = new MeetingView(
    this,
    this.#atrium,
    `${this.#id}-meeting`,
    this.#countdowns,
    (detail, votes) => this.#voted(detail, votes),
    (fileName) => {
      this.announcement = this.#atrium.t('results.downloaded', { fileName });
    },
  );

  constructor() {
    super();
    new ChartsController(this, resultsChartParts, () => this.#chartSpecs());
  }

  protected override willUpdate(): void {
    if (this.meetingId && this.meetingId !== this.#view.meetingId) this.#view.show(this.meetingId);
  }

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    const busy = this.meetingId ? this.#view.pending : this.#list.pending;
    return widgetFrame({
      id: this.#id,
      heading: t('heading'),
      busy,
      body: signedInView(this.#atrium, t, (me) => this.#body(t, isStaff(me))),
      announcement: this.announcement,
    });
  }

  #body(t: Translate, staff: boolean): TemplateResult {
    if (!this.meetingId) return this.#list.render(t, staff);
    return html`<button part="back" type="button" @click=${this.#onBack}>${t('back')}</button>
      ${this.#view.render(t)}`;
  }

  #open(meetingId: string): void {
    this.announcement = '';
    this.meetingId = meetingId;
    this.#viewFocus.request();
  }

  #voted(detail: MeetingDetail, votes: VoteInput[]): void {
    this.#list.refresh();
    const meetingId = detail.meeting.id;
    const event = new AtriumVoteCastEvent({ meetingId, votes, meeting: detail });
    this.dispatchEvent(event);
  }

  /** A window shown opened or closed: the server says what the meetings are now. */
  #deadlinePassed(): void {
    if (this.meetingId) this.#view.reload();
    this.#list.refresh();
  }

  readonly #onBack = async (): Promise<void> => {
    const left = this.meetingId;
    this.meetingId = null;
    this.announcement = '';
    await this.updateComplete;
    if (left) this.#list.focusMeeting(left);
  };

  /** The results' chart of the closed meeting shown, in the theme's colours. */
  #chartSpecs(): ChartSpec<'bar'>[] {
    const canvas = this.canvases[0];
    const detail = this.#view.detail;
    if (!canvas || !detail) return [];
    const locale = this.#atrium.locale;
    const t = this.#atrium.t;
    const look: ResultsLook = {
      parts: {
        for: tokenValue(this, 'color-success'),
        against: tokenValue(this, 'color-danger'),
        abstain: tokenValue(this, 'color-chart-3'),
        notVoted: tokenValue(this, 'color-border'),
      },
      background: tokenValue(this, 'color-background'),
      text: tokenValue(this, 'color-muted'),
      grid: tokenValue(this, 'color-border'),
      font: tokenValue(this, 'font-family'),
      animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
    const results = detail.resolutions.map((resolution) => resolution.result);
    const key = JSON.stringify([locale, look, detail.meeting.id, detail.totalArea, results]);
    return [{ canvas, key, config: () => resultsChart(detail, t, locale, look) }];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-voting': AtriumVoting;
  }
}
