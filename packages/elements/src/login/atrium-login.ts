import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { fieldErrorsFromIssues, validators, type AtriumClient } from '@atrium/sdk';
import { ActionController, type Failure } from '../core/action-controller.js';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import type { SessionState } from '../core/connection.js';
import { errorText, fieldErrorText, type FieldProblem } from '../core/error-text.js';
import { formField } from '../core/form-field.js';
import { formValues } from '../core/form-values.js';
import { HashToken } from '../core/hash-token.js';
import type { Translate } from '../core/i18n.js';
import { LightDomStylesController } from '../core/light-dom-styles.js';
import { AtriumLoginEvent } from '../events/atrium-login.js';
import { AtriumLogoutEvent } from '../events/atrium-logout.js';
import { loginStyles } from './atrium-login.styles.js';
import { loginMessages } from './locales/index.js';
import { flippedRules, passwordRules, type PasswordRule } from './password-rules.js';

type View = 'sign-in' | 'forgot';

type Notice = 'reset-sent' | 'password-changed';

let instances = 0;

/**
 * Sign-in, password recovery and sign-out for one tenant (AUTH-2), in Russian, Polish
 * or English. A mailed reset link (`#atrium-reset-token=…`) opens the new-password form
 * with the tenant's password rules as a live checklist (ORG-3).
 *
 * Renders into its light DOM, not a shadow root, so password managers can fill it; its
 * styles are adopted into the enclosing document or shadow root, scoped to
 * `atrium-login` with zero specificity, so any page rule wins. Style inner pieces with
 * `atrium-login [data-part="…"]`: `panel`, `heading`, `form`, `field`, `label`,
 * `control`, `input`, `toggle`, `field-error`, `rules`, `rule` (with `data-met`),
 * `alert`, `notice`, `submit`, `link`, `greeting`.
 *
 * @summary The sign-in form, password recovery and the signed-in greeting.
 * @tagname atrium-login
 *
 * @fires {AtriumLoginEvent} atrium-login - Someone signed in here; `detail` is the person (`Me`).
 * @fires {AtriumLogoutEvent} atrium-logout - The person signed out here.
 *
 * @cssprop --atrium-color-primary - Buttons, links and the focus ring.
 * @cssprop --atrium-color-on-primary - Text on primary buttons.
 * @cssprop --atrium-color-login-background - The panel's background.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Secondary text and unmet rules.
 * @cssprop --atrium-color-border - Input borders.
 * @cssprop --atrium-color-danger - Errors.
 * @cssprop --atrium-color-success - Met rules and confirmations.
 * @cssprop --atrium-font-family - Font.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-2 - Small gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 * @cssprop --atrium-max-width - The panel's maximum width.
 */
export class AtriumLogin extends AtriumWidget {
  @state() private view: View = 'sign-in';
  @state() private notice: Notice | null = null;
  @state() private failure: Failure | null = null;
  @state() private fieldProblems: readonly FieldProblem[] = [];
  @state() private passwordVisible = false;
  @state() private newPassword = '';
  @state() private ruleAnnouncement = '';

  readonly #atrium = new AtriumController(this, 'login', loginMessages);
  readonly #action = new ActionController(this);
  // The server mails `${portalUrl}#atrium-reset-token=<token>`.
  readonly #resetLink = new HashToken(this, 'atrium-reset-token');
  readonly #id = `atrium-login-${++instances}`;
  // Set while the widget waits for the person it asked for (sign-in, retry); it then moves focus.
  #awaitingPerson = false;
  // Set by a sign-in here, kept through retries: the person is announced once loaded.
  #announce = false;
  // The e-mail a reset link was asked for: the reset form names the account to password managers.
  #email = '';

  constructor() {
    super();
    new LightDomStylesController(this, loginStyles);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    const session = this.#atrium.session;
    if (this.#resetLink.token) return this.#renderReset(t);
    if (session.signedIn) return this.#renderSignedIn(t, session);
    return this.view === 'forgot' ? this.#renderForgot(t) : this.#renderSignIn(t);
  }

  protected override updated(): void {
    if (!this.#awaitingPerson) return;
    const { me, error } = this.#atrium.session;
    if (me) {
      this.#awaitingPerson = false;
      this.failure = null; // a failed load before a retry is over
      if (this.#announce) {
        this.#announce = false;
        const signedIn = new AtriumLoginEvent(me); // named, else the manifest lists a `me` event
        this.dispatchEvent(signedIn);
      }
      this.#focus('[data-part="greeting"]');
    } else if (error) {
      this.#awaitingPerson = false;
      this.failure = error;
      this.#focus('[data-part="submit"]'); // "Try again", or "Sign in" if the session ended
    }
  }

  get #busy(): boolean {
    return this.#action.busy || this.#awaitingPerson;
  }

  #renderSignIn(t: Translate): TemplateResult {
    const id = this.#id;
    return this.#panel(
      t('signIn.heading'),
      html`<form data-part="form" novalidate aria-busy=${this.#busy} @submit=${this.#onSignIn}>
        ${formField({
          id: `${id}-email`,
          name: 'email',
          label: t('signIn.email'),
          type: 'email',
          autocomplete: 'username',
          errors: this.#errorsFor(t, 'email'),
        })}
        ${formField({
          id: `${id}-password`,
          name: 'password',
          label: t('signIn.password'),
          type: this.passwordVisible ? 'text' : 'password',
          autocomplete: 'current-password',
          errors: this.#errorsFor(t, 'password'),
          after: this.#toggle(t, `${id}-password`),
        })}
        ${this.#alert(t)}
        <button data-part="submit" type="submit" ?disabled=${this.#busy}>
          ${this.#busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
        <button data-part="link" type="button" @click=${this.#onForgot}>
          ${t('signIn.forgot')}
        </button>
      </form>`,
    );
  }

  #renderForgot(t: Translate): TemplateResult {
    const sent = this.notice === 'reset-sent';
    const form = html`<p data-part="intro">${t('forgot.intro')}</p>
      <form data-part="form" novalidate aria-busy=${this.#busy} @submit=${this.#onForgotSubmit}>
        ${formField({
          id: `${this.#id}-email`,
          name: 'email',
          label: t('signIn.email'),
          type: 'email',
          autocomplete: 'username',
          errors: this.#errorsFor(t, 'email'),
        })}
        ${this.#alert(t)}
        <button data-part="submit" type="submit" ?disabled=${this.#busy}>
          ${this.#busy ? t('forgot.submitting') : t('forgot.submit')}
        </button>
      </form>`;
    return this.#panel(
      t('forgot.heading'),
      html`${sent ? nothing : form}
        <button data-part="link" type="button" @click=${this.#onBack}>${t('forgot.back')}</button>`,
    );
  }

  #renderReset(t: Translate): TemplateResult {
    const id = this.#id;
    const rules = this.#rules().map(
      (rule) =>
        html`<li data-part="rule" data-met=${rule.ok}>
          <span data-part="rule-icon" aria-hidden="true">${rule.ok ? '✓' : '•'}</span>
          <span data-part="rule-text">${t(`rules.${rule.code}`, { count: rule.count })}</span>
          <span data-visually-hidden>: ${rule.ok ? t('reset.ruleMet') : t('reset.ruleUnmet')}</span>
        </li>`,
    );
    const type = this.passwordVisible ? 'text' : 'password';
    return this.#panel(
      t('reset.heading'),
      html`<form data-part="form" novalidate aria-busy=${this.#busy} @submit=${this.#onReset}>
          <input
            type="email"
            name="username"
            autocomplete="username"
            .value=${this.#email}
            readonly
            hidden
          />
          ${formField({
            id: `${id}-new-password`,
            name: 'password',
            label: t('reset.password'),
            type,
            autocomplete: 'new-password',
            errors: this.#errorsFor(t, 'password'),
            describedBy: `${id}-rules-heading ${id}-rules`,
            onInput: this.#onNewPassword,
            after: this.#toggle(t, `${id}-new-password ${id}-confirm`),
          })}
          <p data-part="rules-heading" id="${id}-rules-heading">${t('reset.rules')}</p>
          <ul data-part="rules" id="${id}-rules" role="list">
            ${rules}
          </ul>
          <div data-part="rules-status" data-visually-hidden aria-live="polite">
            ${this.ruleAnnouncement}
          </div>
          ${formField({
            id: `${id}-confirm`,
            name: 'confirm',
            label: t('reset.confirm'),
            type,
            autocomplete: 'new-password',
            errors: this.#errorsFor(t, 'confirm'),
          })}
          ${this.#alert(t)}
          <button data-part="submit" type="submit" ?disabled=${this.#busy}>
            ${this.#busy ? t('reset.submitting') : t('reset.submit')}
          </button>
        </form>
        <button data-part="link" type="button" @click=${this.#onResetBack}>
          ${t('forgot.back')}
        </button>`,
    );
  }

  #renderSignedIn(t: Translate, { me, error }: SessionState): TemplateResult {
    if (!me) return this.#renderNoPerson(t, error);
    return html`<section data-part="panel" aria-labelledby="${this.#id}-greeting">
      <h2 data-part="greeting" id="${this.#id}-greeting" tabindex="-1">
        ${t('signedIn.greeting', { name: me.name })}
      </h2>
      ${this.#alert(t)}
      <button data-part="submit" type="button" ?disabled=${this.#busy} @click=${this.#onSignOut}>
        ${t('signedIn.signOut')}
      </button>
    </section>`;
  }

  /** Signed in, the person still loading, or failing to load: then try again or sign out. */
  #renderNoPerson(t: Translate, error: Failure | null): TemplateResult {
    if (!error) {
      return html`<section data-part="panel">
        <p data-part="notice" role="status">${t('signedIn.loading')}</p>
      </section>`;
    }
    return html`<section data-part="panel">
      <p data-part="alert" role="alert">${errorText(t, error)}</p>
      <button data-part="submit" type="button" @click=${this.#onRetry}>
        ${t('signedIn.retry')}
      </button>
      <button data-part="link" type="button" ?disabled=${this.#busy} @click=${this.#onSignOut}>
        ${t('signedIn.signOut')}
      </button>
    </section>`;
  }

  #panel(heading: string, content: TemplateResult): TemplateResult {
    const notice = this.notice && this.#atrium.t(this.#noticeKey(this.notice));
    return html`<section data-part="panel" aria-labelledby="${this.#id}-heading">
      <h2 data-part="heading" id="${this.#id}-heading">${heading}</h2>
      <p data-part="notice" role="status">${notice || nothing}</p>
      ${content}
    </section>`;
  }

  #noticeKey(notice: Notice): string {
    return notice === 'reset-sent' ? 'forgot.sent' : 'reset.done';
  }

  /**
   * Failures that belong to no field (wrong password, offline, ...); an alert is read out on
   * insertion. A refused origin or tenant comes first: every request would meet it.
   */
  #alert(t: Translate): TemplateResult | typeof nothing {
    const failure = this.#atrium.refusal ?? this.failure;
    if (!failure) return nothing;
    return html`<p data-part="alert" role="alert">${errorText(t, failure)}</p>`;
  }

  #toggle(t: Translate, controls: string): TemplateResult {
    return html`<button
      data-part="toggle"
      type="button"
      aria-pressed=${this.passwordVisible}
      aria-controls=${controls}
      @click=${this.#onTogglePassword}
    >
      ${t('signIn.showPassword')}
    </button>`;
  }

  /** Texts of a field's problems. Password rules collapse into one: the checklist names them. */
  #errorsFor(t: Translate, field: string): string[] {
    const texts = this.fieldProblems
      .filter((problem) => problem.field === field)
      .map((problem) =>
        problem.code.startsWith('password_')
          ? fieldErrorText(t, { field, code: 'password_policy' })
          : fieldErrorText(t, problem),
      );
    return [...new Set(texts)];
  }

  #rules(): PasswordRule[] {
    const policy = this.#atrium.branding?.passwordPolicy ?? null;
    return passwordRules(policy, this.newPassword, this.fieldProblems);
  }

  readonly #onSignIn = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const body = formValues(event.currentTarget as HTMLFormElement, 'email', 'password');
    const parsed = validators.SignInRequest.safeParse(body);
    if (!parsed.success) return this.#refuse(fieldErrorsFromIssues(parsed.error.issues, body));
    const failure = await this.#submit((client, signal) =>
      client.auth.signIn(parsed.data, { signal }),
    );
    if (!failure) this.#announce = this.#awaitingPerson = true;
  };

  readonly #onForgotSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { email } = formValues(event.currentTarget as HTMLFormElement, 'email');
    const body = { email, locale: this.#atrium.locale };
    const parsed = validators.PasswordResetRequest.safeParse(body);
    if (!parsed.success) return this.#refuse(fieldErrorsFromIssues(parsed.error.issues, body));
    const failure = await this.#submit((client, signal) =>
      client.auth.requestPasswordReset(parsed.data, { signal }),
    );
    if (failure) return;
    this.#email = parsed.data.email;
    this.notice = 'reset-sent';
    this.#focus('[data-part="link"]'); // the form is gone: focus "Back to sign-in", not <body>
  };

  readonly #onReset = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { password, confirm } = formValues(
      event.currentTarget as HTMLFormElement,
      'password',
      'confirm',
    );
    const body = { token: this.#resetLink.token ?? undefined, password };
    const parsed = validators.PasswordResetCompletion.safeParse(body);
    const problems: FieldProblem[] = parsed.success
      ? []
      : fieldErrorsFromIssues(parsed.error.issues, body);
    if (this.#rules().some((rule) => !rule.ok)) {
      problems.push({ field: 'password', code: 'password_policy' });
    }
    if (confirm !== password) problems.push({ field: 'confirm', code: 'mismatch' });
    if (problems.length || !parsed.success) return this.#refuse(problems);
    const failure = await this.#submit((client, signal) =>
      client.auth.completePasswordReset(parsed.data, { signal }),
    );
    if (failure?.code === 'invalid_reset_token') {
      // A spent or expired link: ask for a new one right here, saying why.
      this.#leaveReset('forgot');
      this.failure = failure;
    } else if (!failure) {
      this.#leaveReset('sign-in');
      this.notice = 'password-changed';
    }
  };

  readonly #onSignOut = async (): Promise<void> => {
    const client = this.#atrium.client;
    await this.#submit((signedIn, signal) => signedIn.auth.signOut({ signal }));
    // The SDK forgets the session locally even when the server is out of reach.
    if (client && !client.auth.isSignedIn()) {
      this.#announce = false;
      this.#switchView('sign-in');
      this.dispatchEvent(new AtriumLogoutEvent());
    }
  };

  readonly #onRetry = (): void => {
    this.#awaitingPerson = true;
    this.#atrium.session.retry?.();
  };

  readonly #onForgot = (): void => this.#switchView('forgot');
  readonly #onBack = (): void => this.#switchView('sign-in');
  readonly #onResetBack = (): void => this.#leaveReset('sign-in');

  readonly #onTogglePassword = (): void => {
    this.passwordVisible = !this.passwordVisible;
  };

  readonly #onNewPassword = (event: InputEvent): void => {
    const before = this.#rules();
    this.newPassword = (event.target as HTMLInputElement).value;
    this.fieldProblems = this.fieldProblems.filter((p) => p.field !== 'password');
    const t = this.#atrium.t;
    // Announce only the rules that flipped: reading the whole list on each key is noise.
    this.ruleAnnouncement = flippedRules(before, this.#rules())
      .map(
        (rule) =>
          `${t(`rules.${rule.code}`, { count: rule.count })}: ${
            rule.ok ? t('reset.ruleMet') : t('reset.ruleUnmet')
          }`,
      )
      .join('. ');
  };

  #switchView(view: View): void {
    this.view = view;
    this.notice = null;
    this.failure = null;
    this.fieldProblems = [];
    this.#focus('input, [data-part="link"]');
  }

  /** Leaves the reset form: the link is spent or given up, so it leaves the address too. */
  #leaveReset(view: View): void {
    this.#resetLink.clear();
    this.newPassword = '';
    this.#switchView(view);
  }

  /** Runs a request with the widget's client; shows what went wrong, if anything did. */
  async #submit(
    request: (client: AtriumClient, signal: AbortSignal) => Promise<unknown>,
  ): Promise<Failure | null> {
    this.failure = null;
    this.fieldProblems = [];
    const client = this.#atrium.client;
    const failure = client
      ? await this.#action.run((signal) => request(client, signal))
      : { code: 'not_connected' };
    if (failure && failure.code !== 'aborted') {
      this.failure = failure;
      this.fieldProblems = 'fieldErrors' in failure ? (failure.fieldErrors as FieldProblem[]) : [];
      this.#focus('[aria-invalid="true"], [data-part="submit"]');
    }
    return failure;
  }

  /** Client-side refusal: no request, the fields named, focus on the first one. */
  #refuse(problems: FieldProblem[]): void {
    this.failure = null;
    this.fieldProblems = problems;
    this.#focus('[aria-invalid="true"]');
  }

  /** Focuses the first match once the pending render is in the DOM. */
  #focus(selector: string): void {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(selector)?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-login': AtriumLogin;
  }
}
