// Classes and helpers only: importing this registers no tag (see `define/*` for that).
export { AtriumProvider } from './provider/atrium-provider.js';
export { AtriumLogin } from './login/atrium-login.js';
export { AtriumLoginEvent } from './events/atrium-login.js';
export { AtriumLogoutEvent } from './events/atrium-logout.js';
export { defineElement } from './core/define.js';
export { clientContext, sessionContext, localeContext, brandingContext } from './core/context.js';
export type { SessionState } from './core/connection.js';
export { defaultTheme, brandingTokens, applyBranding, type TokenName } from './core/theme.js';
export { locales, type Messages } from './core/i18n.js';
