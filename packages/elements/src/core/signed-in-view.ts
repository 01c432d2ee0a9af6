import type { TemplateResult } from 'lit';
import type { Me } from '@atrium/sdk';
import type { AtriumController } from './atrium-controller.js';
import type { Translate } from './i18n.js';
import { failureView, loadingView, statusMessage } from './status-views.js';

/**
 * What a widget shows before its own data: the tenant refused, no connection, signed out,
 * the reader's session failing or loading; `view` once the reader is known.
 */
export function signedInView(
  atrium: AtriumController,
  t: Translate,
  view: (me: Me) => TemplateResult,
): TemplateResult {
  const refusal = atrium.refusal;
  if (refusal) return failureView(t, refusal, null);
  if (!atrium.client) return failureView(t, { code: 'not_connected' }, null);
  const { signedIn, me, error, retry } = atrium.session;
  if (!signedIn) return statusMessage(t('signedOut'));
  if (error) return failureView(t, error, retry);
  if (!me) return loadingView(t);
  return view(me);
}
