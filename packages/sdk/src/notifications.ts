import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type {
  CompanyNotification,
  CompanyNotificationList,
  NotificationKind,
  NotificationSettingInput,
} from './types.js';

/** The company's notification settings (NOTE-1; managers, directors). */
export interface NotificationsApi {
  /** Every kind with the company's setting. */
  listCompany(opts?: CallOptions): Promise<CompanyNotificationList>;
  /** Sets a kind for the whole company; a person's own explicit setting still wins. */
  setCompany(
    kind: NotificationKind,
    body: NotificationSettingInput,
    opts?: CallOptions,
  ): Promise<CompanyNotification>;
}

export function createNotifications(send: Send): NotificationsApi {
  return {
    listCompany: (opts) =>
      send({ method: 'get', path: '/notification-settings', auth: true, signal: opts?.signal }),

    setCompany: (kind, body, opts) =>
      send({
        method: 'put',
        path: '/notification-settings/{kind}',
        pathParams: { kind },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),
  };
}
