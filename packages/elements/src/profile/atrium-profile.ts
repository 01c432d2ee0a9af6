import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { NotificationPreference, Profile, ProfileUnit } from '@atrium/sdk';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import { choiceStyles } from '../core/choice-styles.js';
import { fieldStyles } from '../core/field-styles.js';
import type { Translate } from '../core/i18n.js';
import { listViewStyles } from '../core/list-view-styles.js';
import { signedInView } from '../core/signed-in-view.js';
import { tableStyles } from '../core/table-styles.js';
import { widgetFrame } from '../core/widget-frame.js';
import { widgetStyles } from '../core/widget-styles.js';
import { AtriumProfileUpdatedEvent } from '../events/atrium-profile-updated.js';
import { profileStyles } from './atrium-profile.styles.js';
import { ContactForm } from './contact-form.js';
import { CurrentProfile } from './current-profile.js';
import { EmailChange } from './email-change.js';
import { EmailConfirmation } from './email-confirmation.js';
import { profileMessages } from './locales/index.js';
import { NotificationSettings, decidedBy } from './notification-settings.js';
import { Occupants } from './occupants.js';

let instances = 0;

/**
 * The signed-in person's own profile (FIN-4, NOTE-1): their name, phone and language,
 * saved together; their e-mail, changed by confirmation — the new address gets a link and
 * shows as pending until it is opened; per unit they own or live in, how many people live
 * there, as last declared and when, declared anew; and their notifications as a table:
 * per kind the company's setting, their own (send, don't send, or as the company decides)
 * and whether it is sent to them now.
 *
 * Place it on the page the confirmation link leads to (the portal page): opened with
 * `#atrium-email-token=…` in the address, it confirms the new e-mail — signed in or not —,
 * says the outcome and takes the token out of the address.
 *
 * @summary The person's contact data, e-mail change by confirmation, occupants per unit, notification settings.
 * @tagname atrium-profile
 *
 * @fires {AtriumProfileUpdatedEvent} atrium-profile-updated - The name, phone or language was saved; `detail.profile` is the profile now.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The heading.
 * @csspart status - Messages: signed out, loading, errors.
 * @csspart retry - The "Try again" button of an error.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart email-result - The outcome of a confirmation link opened on this page (with `data-outcome`: confirming, confirmed, failed).
 * @csspart contacts - The contact data: name, phone, language.
 * @csspart contacts-form - Its form.
 * @csspart save - "Save".
 * @csspart saved - "Saved.", once the server has it.
 * @csspart email-change - The e-mail and changing it.
 * @csspart email - The current address.
 * @csspart pending-email - The address waiting for confirmation.
 * @csspart email-form - The new address's form.
 * @csspart request - "Send the confirmation link".
 * @csspart occupants - The people living in each unit.
 * @csspart units - Their list.
 * @csspart unit - One unit (with `data-unit`: its id).
 * @csspart occupants-form - Its form.
 * @csspart declared - The number last declared and when, or that none was.
 * @csspart declare - "Declare".
 * @csspart notifications - The notification settings.
 * @csspart notification-table - Their table.
 * @csspart notification - One kind's row (with `data-kind`, and `data-sends`: true, false).
 * @csspart company - The company's setting of the kind.
 * @csspart mine - The person's own setting, a radio group.
 * @csspart sends - Whether the kind is sent to the person now, and whose setting decides.
 * @csspart setting-error - Why a setting was not saved.
 * @csspart field - A labelled field.
 * @csspart hint - A field's hint.
 * @csspart field-error - Why a field was refused.
 * @csspart form-error - Why a form was refused as a whole.
 *
 * @cssprop --atrium-color-primary - Buttons, radio buttons, the focus ring.
 * @cssprop --atrium-color-on-primary - Text on primary buttons.
 * @cssprop --atrium-color-background - Controls' background.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Hints, what a kind of notification is about.
 * @cssprop --atrium-color-border - Borders, table rules, the skeleton.
 * @cssprop --atrium-color-danger - Errors.
 * @cssprop --atrium-color-success - "Saved.", a confirmed e-mail.
 * @cssprop --atrium-font-family - Font.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-4 - Gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 */
export class AtriumProfile extends AtriumWidget {
  static override styles = [
    widgetStyles,
    listViewStyles,
    fieldStyles,
    choiceStyles,
    tableStyles,
    profileStyles,
  ];

  @state() private announcement = '';

  readonly #atrium = new AtriumController(this, 'profile', profileMessages);
  readonly #id = `atrium-profile-${++instances}`;
  readonly #profile = new CurrentProfile(this, this.#atrium);
  readonly #confirmation = new EmailConfirmation(this, this.#atrium, (text) =>
    this.#confirmed(text),
  );
  readonly #contacts = new ContactForm(this, this.#atrium, this.#id, (profile) =>
    this.#saved(profile),
  );
  readonly #email = new EmailChange(this, this.#atrium, this.#id, (profile) =>
    this.#requested(profile),
  );
  readonly #occupants = new Occupants(this, this.#atrium, this.#id, (unit) => this.#declared(unit));
  readonly #notifications = new NotificationSettings(this, this.#atrium, this.#id, (preference) =>
    this.#set(preference),
  );

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    return widgetFrame({
      id: this.#id,
      heading: t('heading'),
      busy: this.#profile.pending,
      body: html`${this.#confirmation.render(t)}
      ${signedInView(this.#atrium, t, () => this.#profile.render(t, (profile) => this.#body(t, profile)))}`,
      announcement: this.announcement,
    });
  }

  #body(t: Translate, profile: Profile): TemplateResult {
    return html`${this.#contacts.render(t, profile)} ${this.#email.render(t, profile)}
    ${this.#occupants.render(t, profile.units)}
    ${this.#notifications.render(t, profile.notifications)}`;
  }

  /** The link confirmed the new e-mail: said, and the profile (with it) loaded again. */
  #confirmed(text: string): void {
    this.announcement = text;
    this.#profile.reload();
  }

  #saved(profile: Profile): void {
    this.#profile.apply(() => profile);
    this.dispatchEvent(new AtriumProfileUpdatedEvent({ profile }));
  }

  #requested(profile: Profile): void {
    this.#profile.apply(() => profile);
  }

  #declared(unit: ProfileUnit): void {
    this.#profile.apply((profile) => ({
      ...profile,
      units: profile.units.map((shown) => (shown.unitId === unit.unitId ? unit : shown)),
    }));
  }

  #set(preference: NotificationPreference): void {
    this.#profile.apply((profile) => ({
      ...profile,
      notifications: profile.notifications.map((shown) =>
        shown.kind === preference.kind ? preference : shown,
      ),
    }));
    const t = this.#atrium.t;
    this.announcement = t('notifications.saved', {
      kind: t(`kinds.${preference.kind}.name`),
      sends: t(preference.sends ? 'sends.yes' : 'sends.no'),
      decidedBy: t(`decidedBy.${decidedBy(preference)}`),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-profile': AtriumProfile;
  }
}
