export { createAtriumClient } from './client.js';
export type { AtriumClient, AtriumClientOptions } from './client.js';
export type { AuthApi, CallOptions, KeyedCallOptions } from './auth.js';
export type { PeopleApi } from './people.js';
export type { TenantsApi } from './tenants.js';
export type { SystemApi } from './system.js';
export type { BookingsApi } from './bookings.js';
export type { StatsApi } from './stats.js';
export type { ReportsApi } from './reports.js';
export type { MetersApi } from './meters.js';
export type { TicketsApi, PhotoUploadOptions } from './tickets.js';
export type { VotingApi, DocumentUploadOptions } from './voting.js';
export type { PaymentsApi } from './payments.js';
export type { AnnouncementsApi } from './announcements.js';
export { returnedPaymentParam } from './payments.js';
export type { DownloadOptions, DownloadedFile, FileLink } from './download.js';
export type { UploadProgress } from './upload-progress.js';
export type { AtriumHooks } from './http.js';
export { AtriumError } from './errors.js';
export type { AtriumErrorCode } from './errors.js';
export { memoryTokenStore, localStorageTokenStore } from './token-store.js';
export type { TokenStore } from './token-store.js';
export { idempotencyKey } from './idempotency-key.js';
export { apportionedShares, shareOf } from './shares.js';
export { paginate } from './pagination.js';
export type { Page, PageQuery } from './pagination.js';
export { passwordChecks } from './password-policy.js';
export type { PasswordCheck, PasswordCheckCode } from './password-policy.js';
export { fieldErrorsFromIssues } from './field-errors.js';
export { isLocale, locales } from './locale.js';
export { localDateTime } from './local-date-time.js';
export * as validators from './generated/validators.js';
export type { components, paths } from './generated/openapi.js';
export type {
  AgentReportTarget,
  Booking,
  BookingChange,
  BookingInput,
  BookingPage,
  BookingsQuery,
  BookingStatus,
  CancellationInput,
  ClientStatus,
  MonthStats,
  OwnerStats,
  OwnerStatsQuery,
  OwnerStay,
  OwnerStayPage,
  OwnerStaysQuery,
  Report,
  ReportContentType,
  ReportFile,
  ReportFormat,
  ReportKind,
  ReportPage,
  ReportsQuery,
  SnapshotRange,
  SnapshotResult,
  StatsFigures,
  UploadBody,
  Branding,
  ErrorCode,
  FieldError,
  FieldErrorCode,
  Health,
  Locale,
  LocalDateTime,
  Me,
  PasswordPolicy,
  PasswordResetCompletion,
  PasswordResetRequest,
  Problem,
  Role,
  Session,
  SessionInfo,
  SessionPage,
  SignInRequest,
  UnitLink,
  CommentInput,
  ContactTime,
  LastReading,
  MeasureUnit,
  Meter,
  MeterInput,
  MeterKind,
  MeterPage,
  MeterReading,
  MeterReadingPage,
  MeterReadingsQuery,
  MeterReplacementInput,
  MeterReviewItem,
  MeterReviewPage,
  MeterReviewQuery,
  MetersQuery,
  Person,
  PhotoUpload,
  ReadingInput,
  ReadingKind,
  ReadingReceipt,
  ReadingSubmission,
  ReopenInput,
  ReviewStatus,
  StatusChangeInput,
  SubmissionWindow,
  Ticket,
  TicketCategory,
  TicketDetail,
  TicketEvent,
  TicketEventKind,
  TicketInput,
  TicketPage,
  TicketPhoto,
  TicketPhotoContentType,
  TicketPlace,
  TicketsQuery,
  TicketStatus,
  CastVote,
  Fraction,
  Majority,
  Meeting,
  MeetingDetail,
  MeetingDocument,
  MeetingInput,
  MeetingPage,
  MeetingsQuery,
  MeetingStatus,
  MeetingVotesQuery,
  Resolution,
  ResolutionInput,
  ResolutionResult,
  Turnout,
  VoteChoice,
  VoteInput,
  VoterUnit,
  VoteRecord,
  VoteRecordPage,
  VotesInput,
  Account,
  AccountEntriesQuery,
  AccountEntry,
  AccountEntryPage,
  AccountPage,
  AccountsQuery,
  EntryKind,
  EntryTitle,
  Money,
  Payment,
  PaymentFailure,
  PaymentInput,
  PaymentMethod,
  PaymentStatus,
  PaymentType,
  PaymentTypeChange,
  PaymentTypeInput,
  PaymentTypeKind,
  PaymentTypeList,
  PointsCard,
  PointsPaymentInput,
  PointsQuote,
  Announcement,
  AnnouncementChange,
  AnnouncementInput,
  AnnouncementPage,
  AnnouncementStatus,
  AnnouncementsQuery,
  Audience,
  AudienceRole,
  AudienceScope,
} from './types.js';
