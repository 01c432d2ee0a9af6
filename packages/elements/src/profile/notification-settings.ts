import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { NotificationKind, NotificationPreference, NotificationSetting } from '@atrium/sdk';
import { asFailure, type Failure } from '../core/action-controller.js';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';

/** The person's choices, in the order offered. */
const choices = ['send', 'dont_send', 'unset'] as const satisfies readonly NotificationSetting[];

/** Whose setting decides (NOTE-1): the person's explicit one, else the company's, else none. */
export function decidedBy({ mine, company }: NotificationPreference): 'mine' | 'company' | 'none' {
  if (mine !== 'unset') return 'mine';
  return company !== 'unset' ? 'company' : 'none';
}

/**
 * The person's notifications (NOTE-1) as a table: per kind the company's setting, their
 * own as a radio group — send, don't send, or as the company decides — and whether it is
 * sent to them now, in words, as the server says. A choice is saved as soon as it is made
 * (a later one of the same kind supersedes it); a refused one goes back to the server's.
 */
export class NotificationSettings implements ReactiveController {
  /** The choice last made per kind, while it is on its way to the server. */
  readonly #wanted = new Map<NotificationKind, NotificationSetting>();
  readonly #failures = new Map<NotificationKind, Failure>();
  #abort = new AbortController();

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onSet: (preference: NotificationPreference) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
  }

  hostDisconnected(): void {
    this.#abort.abort();
  }

  render(
    t: Translate,
    preferences: readonly NotificationPreference[],
  ): TemplateResult | typeof nothing {
    if (!preferences.length) return nothing;
    const heading = `${this.id}-notifications-heading`;
    const rows = preferences.map((preference) => this.#row(t, preference));
    return html`<section part="notifications" aria-labelledby=${heading}>
      <h3 id=${heading}>${t('notifications.heading')}</h3>
      <p class="muted">${t('notifications.intro')}</p>
      <table class="data-table" part="notification-table" aria-labelledby=${heading}>
        <thead>
          <tr>
            <th scope="col">${t('notifications.kind')}</th>
            <th scope="col">${t('notifications.company')}</th>
            <th scope="col">${t('notifications.mine')}</th>
            <th scope="col">${t('notifications.sends')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </section>`;
  }

  #row(t: Translate, preference: NotificationPreference): TemplateResult {
    const { kind, company, sends } = preference;
    const sending = this.#wanted.get(kind);
    const chosen = sending ?? preference.mine;
    const failure = this.#failures.get(kind);
    const radios = choices.map(
      (choice) =>
        html`<label class="choice">
          <input
            type="radio"
            name="${this.id}-${kind}"
            data-kind=${kind}
            .value=${choice}
            .checked=${live(chosen === choice)}
            @change=${this.#onChange}
          />
          ${t(`choice.${choice}`)}
        </label>`,
    );
    const now = sending
      ? t('notifications.saving')
      : html`<strong>${t(sends ? 'sends.yes' : 'sends.no')}</strong>
          <span class="note">${t(`decidedBy.${decidedBy(preference)}`)}</span>`;
    return html`<tr
      part="notification"
      data-kind=${kind}
      data-sends=${String(sends)}
      aria-busy=${sending ? 'true' : 'false'}
    >
      <th scope="row">
        ${t(`kinds.${kind}.name`)}
        <span class="note muted">${t(`kinds.${kind}.about`)}</span>
      </th>
      <td part="company" data-label=${t('notifications.company')}>${t(`setting.${company}`)}</td>
      <td data-label=${t('notifications.mine')}>
        <fieldset part="mine">
          <legend class="visually-hidden">
            ${t('notifications.mineOf', { kind: t(`kinds.${kind}.name`) })}
          </legend>
          ${radios}
        </fieldset>
        ${failure ? html`<p part="setting-error" role="alert">${errorText(t, failure)}</p>` : nothing}
      </td>
      <td part="sends" data-label=${t('notifications.sends')}>${now}</td>
    </tr>`;
  }

  readonly #onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    void this.#set(input.dataset['kind'] as NotificationKind, input.value as NotificationSetting);
  };

  /**
   * Sends the kind's choice, one request at a time: a choice made meanwhile (arrow keys
   * move through the group) is sent once the one before is answered, so the last one made
   * is the last the server sets.
   */
  async #set(kind: NotificationKind, setting: NotificationSetting): Promise<void> {
    const client = this.atrium.client;
    if (!client) return;
    const idle = !this.#wanted.has(kind);
    this.#wanted.set(kind, setting);
    this.#failures.delete(kind);
    this.host.requestUpdate();
    if (!idle) return;
    let answer: NotificationPreference | Failure;
    let sent: NotificationSetting | undefined;
    do {
      sent = this.#wanted.get(kind) ?? setting;
      answer = await client.profile
        .setNotification(kind, { setting: sent }, { signal: this.#abort.signal })
        .catch(asFailure);
    } while (!('code' in answer) && this.#wanted.get(kind) !== sent);
    this.#wanted.delete(kind);
    if (!('code' in answer)) return this.onSet(answer);
    if (answer.code !== 'aborted') this.#failures.set(kind, answer);
    this.host.requestUpdate();
  }
}
