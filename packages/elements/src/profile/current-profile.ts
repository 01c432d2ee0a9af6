import type { TemplateResult } from 'lit';
import type { Profile } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';
import { SignedInLoad } from '../core/signed-in-load.js';

/**
 * The profile as the server has it now: the one loaded for the person signed in, with every
 * answer since applied (a saved phone, a unit's declaration, a notification setting), so
 * one change does not load the whole profile again. A new load (another person, a
 * confirmed e-mail) starts from the server's.
 */
export class CurrentProfile {
  readonly #load: SignedInLoad<Profile, readonly []>;
  #since: { loaded: Profile; profile: Profile } | null = null;

  constructor(
    private readonly host: PartHost,
    atrium: AtriumController,
  ) {
    this.#load = new SignedInLoad(host, atrium, {
      args: () => [] as const,
      load: (client, _args, signal) => client.profile.get({ signal }),
    });
  }

  get pending(): boolean {
    return this.#load.pending;
  }

  get value(): Profile | undefined {
    const loaded = this.#load.value;
    return loaded && this.#since?.loaded === loaded ? this.#since.profile : loaded;
  }

  /** Applies the server's answer to a change. */
  apply(change: (profile: Profile) => Profile): void {
    const loaded = this.#load.value;
    const current = this.value;
    if (!loaded || !current) return;
    this.#since = { loaded, profile: change(current) };
    this.host.requestUpdate();
  }

  reload(): void {
    this.#load.reload();
  }

  render(t: Translate, view: (profile: Profile) => TemplateResult): TemplateResult {
    return this.#load.render(t, (loaded) => view(this.value ?? loaded));
  }
}
