import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RegistrationOutcome } from '@atrium/sdk';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import { waitText } from '../core/error-text.js';
import { fieldStyles } from '../core/field-styles.js';
import type { Translate } from '../core/i18n.js';
import { listViewStyles } from '../core/list-view-styles.js';
import { failureView, statusMessage } from '../core/status-views.js';
import { widgetFrame } from '../core/widget-frame.js';
import { widgetStyles } from '../core/widget-styles.js';
import { AtriumRegistrationEvent } from '../events/atrium-registration.js';
import { registrationStyles } from './atrium-registration.styles.js';
import { CodeStep } from './code-step.js';
import { registrationMessages } from './locales/index.js';
import { PhoneStep, type CodeSent } from './phone-step.js';

type Step =
  | { name: 'phone'; phone: string }
  | { name: 'code' }
  | { name: 'done'; status: RegistrationOutcome['status'] };

let instances = 0;

/**
 * Self-registration by phone (DIR-5) for someone the portal does not know yet, signed out:
 * their mobile phone, to which a one-time code is texted; then the code with their name,
 * e-mail, account number if they know it, and language. A person the directory matches is
 * attached at once and e-mailed a link to set their password; anyone else's request waits
 * for the management company, which tells them its decision by SMS and e-mail. A new code is
 * offered after a wait; refusals (a wrong code, too many codes, the SMS service down) are said
 * beside their field or under the form, with the wait in words.
 *
 * @summary Registration by phone: a code by SMS, then name, e-mail and account number.
 * @tagname atrium-registration
 *
 * @fires {AtriumRegistrationEvent} atrium-registration - Someone registered; `detail.status` is `attached` or `pending`.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The heading.
 * @csspart intro - What registering takes.
 * @csspart status - Messages: signed in already, errors.
 * @csspart phone-form - The phone's form.
 * @csspart send - "Send the code".
 * @csspart code-sent - Where the code went, a new code and changing the number.
 * @csspart resend - "Send a new code", once the wait is over.
 * @csspart resend-wait - How long until a new code may be asked for.
 * @csspart resend-error - Why a new code was not sent.
 * @csspart change-phone - "Change the number".
 * @csspart details-form - The code, name, e-mail, account number and language.
 * @csspart register - "Register".
 * @csspart outcome - What became of the registration (with `data-status`: attached, pending).
 * @csspart field - A labelled field.
 * @csspart hint - A field's hint.
 * @csspart field-error - Why a field was refused.
 * @csspart form-error - Why a form was refused as a whole.
 *
 * @cssprop --atrium-color-primary - Buttons, the focus ring, where the code went.
 * @cssprop --atrium-color-on-primary - Text on primary buttons.
 * @cssprop --atrium-color-background - Controls' background.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Hints, the wait for a new code.
 * @cssprop --atrium-color-border - Borders.
 * @cssprop --atrium-color-danger - Errors.
 * @cssprop --atrium-color-success - An attached registration.
 * @cssprop --atrium-font-family - Font.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-4 - Gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 */
export class AtriumRegistration extends AtriumWidget {
  static override styles = [widgetStyles, listViewStyles, fieldStyles, registrationStyles];

  /** Seconds before a new code is offered: an SMS may take a while, and a new code voids the one on its way. */
  @property({ type: Number, attribute: 'resend-after' }) resendAfter = 60;

  @state() private step: Step = { name: 'phone', phone: '' };
  @state() private announcement = '';

  readonly #atrium = new AtriumController(this, 'registration', registrationMessages);
  readonly #id = `atrium-registration-${++instances}`;
  readonly #phone = new PhoneStep(this, this.#atrium, this.#id, (sent) => this.#sent(sent));
  readonly #code = new CodeStep(this, this.#atrium, this.#id, () => this.resendAfter, {
    resent: (sent) => this.#resent(sent),
    changePhone: () => this.#changePhone(),
    registered: (status) => this.#registered(status),
  });
  /** The number the code went to, shown again when the person changes it. */
  #phoneSent = '';

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    return widgetFrame({
      id: this.#id,
      heading: t('heading'),
      busy: this.#phone.busy || this.#code.busy,
      body: this.#body(t),
      announcement: this.announcement,
    });
  }

  /** The tenant refused, no connection, someone signed in already; else the step reached. */
  #body(t: Translate): TemplateResult {
    const refusal = this.#atrium.refusal;
    if (refusal) return failureView(t, refusal, null);
    if (!this.#atrium.client) return failureView(t, { code: 'not_connected' }, null);
    const step = this.step;
    if (step.name === 'done') {
      return html`<p part="outcome" data-status=${step.status} tabindex="-1">
        ${t(`outcome.${step.status}`)}
      </p>`;
    }
    if (this.#atrium.session.signedIn) return statusMessage(t('signedIn'));
    const intro = html`<p part="intro">${t('intro')}</p>`;
    if (step.name === 'phone') return html`${intro} ${this.#phone.render(t, step.phone)}`;
    return html`${intro} ${this.#code.render(t, this.#atrium.locale)}`;
  }

  #sent(sent: CodeSent): void {
    this.#phoneSent = sent.phone;
    this.#code.start(sent);
    this.step = { name: 'code' };
    const t = this.#atrium.t;
    this.announcement = t('code.sent', { phone: sent.phone, valid: waitText(t, sent.expiresIn) });
    this.#focus(`#${this.#code.codeFieldId}`);
  }

  #resent(sent: CodeSent): void {
    this.announcement = this.#atrium.t('code.resent', { phone: sent.phone });
    this.#focus(`#${this.#code.codeFieldId}`);
  }

  #changePhone(): void {
    this.#phone.clear();
    this.step = { name: 'phone', phone: this.#phoneSent };
    this.announcement = '';
    this.#focus('[part="phone-form"] input');
  }

  #registered(status: RegistrationOutcome['status']): void {
    this.step = { name: 'done', status };
    this.announcement = '';
    this.#focus('[part="outcome"]');
    this.dispatchEvent(new AtriumRegistrationEvent({ status }));
  }

  /** Focuses the first match once the pending render is in the page. */
  #focus(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-registration': AtriumRegistration;
  }
}
