// Classes and helpers only: importing this registers no tag (see `define/*` for that).
export { AtriumProvider } from './provider/atrium-provider.js';
export { AtriumLogin } from './login/atrium-login.js';
export { AtriumApartmentStats } from './apartment-stats/atrium-apartment-stats.js';
export { AtriumReports } from './reports/atrium-reports.js';
export { AtriumMeterReadings } from './meter-readings/atrium-meter-readings.js';
export { AtriumFaultTickets } from './fault-tickets/atrium-fault-tickets.js';
export { AtriumVoting } from './voting/atrium-voting.js';
export { AtriumPayments } from './payments/atrium-payments.js';
export { AtriumAnnouncements } from './announcements/atrium-announcements.js';
export { AtriumProfile } from './profile/atrium-profile.js';
export { AtriumRegistration } from './registration/atrium-registration.js';
export { AtriumLoginEvent } from './events/atrium-login.js';
export { AtriumLogoutEvent } from './events/atrium-logout.js';
export {
  AtriumReportDownloadEvent,
  type ReportDownloadDetail,
} from './events/atrium-report-download.js';
export { AtriumTicketCreatedEvent } from './events/atrium-ticket-created.js';
export {
  AtriumTicketUpdatedEvent,
  type TicketChange,
  type TicketUpdateDetail,
} from './events/atrium-ticket-updated.js';
export {
  AtriumReadingsSubmittedEvent,
  type ReadingsSubmittedDetail,
} from './events/atrium-readings-submitted.js';
export {
  AtriumReadingsDownloadEvent,
  type ReadingsDownloadDetail,
} from './events/atrium-readings-download.js';
export { AtriumVoteCastEvent, type VoteCastDetail } from './events/atrium-vote-cast.js';
export {
  AtriumVotingDownloadEvent,
  type VotingDownloadDetail,
} from './events/atrium-voting-download.js';
export {
  AtriumPaymentRedirectEvent,
  type PaymentRedirectDetail,
} from './events/atrium-payment-redirect.js';
export {
  AtriumPaymentCompletedEvent,
  type PaymentCompletedDetail,
} from './events/atrium-payment-completed.js';
export {
  AtriumPaymentFormDownloadEvent,
  type PaymentFormDownloadDetail,
} from './events/atrium-payment-form-download.js';
export {
  AtriumAnnouncementReadEvent,
  type AnnouncementReadDetail,
} from './events/atrium-announcement-read.js';
export {
  AtriumProfileUpdatedEvent,
  type ProfileUpdatedDetail,
} from './events/atrium-profile-updated.js';
export { AtriumRegistrationEvent, type RegistrationDetail } from './events/atrium-registration.js';
export { AtriumClientViewEvent, type ClientViewDetail } from './events/atrium-client-view.js';
export { defineElement } from './core/define.js';
export {
  clientContext,
  sessionContext,
  localeContext,
  brandingContext,
  refusalContext,
} from './core/context.js';
export type { SessionState } from './core/connection.js';
export { defaultTheme, brandingTokens, applyBranding, type TokenName } from './core/theme.js';
export type { Messages } from './core/i18n.js';
// The languages the widgets speak are the contract's.
export { locales } from '@atrium/sdk';
