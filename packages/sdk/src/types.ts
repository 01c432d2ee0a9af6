import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

export type Session = Schemas['Session'];
export type SessionInfo = Schemas['SessionInfo'];
export type SessionPage = Schemas['SessionPage'];
export type ClientView = Schemas['ClientView'];
export type SignInRequest = Schemas['SignInRequest'];
export type PasswordResetRequest = Schemas['PasswordResetRequest'];
export type PasswordResetCompletion = Schemas['PasswordResetCompletion'];
export type Me = Schemas['Me'];
export type Role = Schemas['Role'];
export type UnitLink = Schemas['UnitLink'];
export type Branding = Schemas['Branding'];
export type PasswordPolicy = Schemas['PasswordPolicy'];
export type Locale = Schemas['Locale'];
export type LocalDateTime = Schemas['LocalDateTime'];
export type Health = Schemas['Health'];
export type Problem = Schemas['Problem'];
export type ErrorCode = Schemas['ErrorCode'];
export type FieldError = Schemas['FieldError'];
export type FieldErrorCode = Schemas['FieldErrorCode'];
export type SessionsQuery = NonNullable<operations['listSessions']['parameters']['query']>;

export type Booking = Schemas['Booking'];
export type BookingPage = Schemas['BookingPage'];
export type BookingInput = Schemas['BookingInput'];
export type BookingChange = Schemas['BookingChange'];
export type BookingStatus = Schemas['BookingStatus'];
export type ClientStatus = Schemas['ClientStatus'];
export type CancellationInput = Schemas['CancellationInput'];
export type OwnerStay = Schemas['OwnerStay'];
export type OwnerStayPage = Schemas['OwnerStayPage'];
export type BookingsQuery = NonNullable<operations['listBookings']['parameters']['query']>;
export type OwnerStaysQuery = NonNullable<operations['listOwnerBookings']['parameters']['query']>;

export type OwnerStats = Schemas['OwnerStats'];
export type MonthStats = Schemas['MonthStats'];
export type StatsFigures = Schemas['StatsFigures'];
export type SnapshotRange = Schemas['SnapshotRange'];
export type SnapshotResult = Schemas['SnapshotResult'];
export type OwnerStatsQuery = NonNullable<operations['getOwnerStats']['parameters']['query']>;

export type Report = Schemas['Report'];
export type ReportFile = Schemas['ReportFile'];
export type ReportKind = Schemas['ReportKind'];
export type ReportFormat = Schemas['ReportFormat'];
export type ReportPage = Schemas['ReportPage'];
export type ReportsQuery = NonNullable<operations['listReports']['parameters']['query']>;
export type AgentReportTarget = operations['uploadAgentReport']['parameters']['query'];
/** The file types an agent report may have. */
export type ReportContentType = RawContentType<'/reports/agent', 'post'>;

/** An HTTP method the contract uses. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A contract path and one of its methods that the contract defines. */
export type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : undefined;
type SuccessStatus = 200 | 201 | 202 | 204;
type Responses<O> = O extends { responses: infer R } ? R : never;

/** What a successful answer of the operation carries (undefined for 202/204). */
export type SuccessBody<P extends keyof paths, M extends Method> = {
  [S in keyof Responses<Operation<P, M>>]: S extends SuccessStatus
    ? JsonOf<Responses<Operation<P, M>>[S]>
    : never;
}[keyof Responses<Operation<P, M>>];

/** The JSON request body of the operation. */
export type JsonBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

/** A file sent as it is; a view must own its ArrayBuffer (a shared one cannot be sent). */
export type UploadBody = Blob | ArrayBuffer | Uint8Array<ArrayBuffer>;

/** The content types of an operation's non-JSON request body (an upload's). */
export type RawContentType<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody: { content: infer C } }
    ? Exclude<keyof C, 'application/json'> & string
    : never;

/** The query parameters of the operation. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? Q : never;

/** The path parameters of the operation. */
export type PathParamsOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { path: infer A } } ? A : never;

type HeadersOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { header?: infer H } } ? NonNullable<H> : never;

/** Whether the contract declares an `Idempotency-Key` header on the operation. */
export type TakesIdempotencyKey<P extends keyof paths, M extends Method> = [
  HeadersOf<P, M>,
] extends [never]
  ? false
  : 'Idempotency-Key' extends keyof HeadersOf<P, M>
    ? true
    : false;

export type MeterKind = Schemas['MeterKind'];
export type MeasureUnit = Schemas['MeasureUnit'];
export type ReadingKind = Schemas['ReadingKind'];
export type ReviewStatus = Schemas['ReviewStatus'];
export type SubmissionWindow = Schemas['SubmissionWindow'];
export type Meter = Schemas['Meter'];
export type MeterPage = Schemas['MeterPage'];
export type LastReading = Schemas['LastReading'];
export type MeterInput = Schemas['MeterInput'];
export type MeterReplacementInput = Schemas['MeterReplacementInput'];
export type ReadingInput = Schemas['ReadingInput'];
export type ReadingSubmission = Schemas['ReadingSubmission'];
export type ReadingReceipt = Schemas['ReadingReceipt'];
export type MeterReading = Schemas['MeterReading'];
export type MeterReadingPage = Schemas['MeterReadingPage'];
export type MeterReviewItem = Schemas['MeterReviewItem'];
export type MeterReviewPage = Schemas['MeterReviewPage'];
export type MetersQuery = NonNullable<operations['listMeters']['parameters']['query']>;
export type MeterReadingsQuery = NonNullable<
  operations['listMeterReadings']['parameters']['query']
>;
export type MeterReviewQuery = NonNullable<
  operations['reviewMeterReadings']['parameters']['query']
>;

export type Ticket = Schemas['Ticket'];
/** Who reported a ticket or wrote in its timeline. */
export type Person = Schemas['Person'];
export type TicketDetail = Schemas['TicketDetail'];
export type TicketPage = Schemas['TicketPage'];
export type TicketStatus = Schemas['TicketStatus'];
export type TicketCategory = Schemas['TicketCategory'];
export type TicketPlace = Schemas['TicketPlace'];
export type ContactTime = Schemas['ContactTime'];
export type TicketEvent = Schemas['TicketEvent'];
export type TicketEventKind = Schemas['TicketEventKind'];
export type TicketPhoto = Schemas['TicketPhoto'];
export type PhotoUpload = Schemas['PhotoUpload'];
export type TicketInput = Schemas['TicketInput'];
export type CommentInput = Schemas['CommentInput'];
export type StatusChangeInput = Schemas['StatusChangeInput'];
export type ReopenInput = Schemas['ReopenInput'];
export type TicketsQuery = NonNullable<operations['listTickets']['parameters']['query']>;
/** The image types a ticket's photo may have. */
export type TicketPhotoContentType = RawContentType<'/ticket-photos', 'post'>;

export type MeetingStatus = Schemas['MeetingStatus'];
export type VoteChoice = Schemas['VoteChoice'];
export type Majority = Schemas['Majority'];
export type Fraction = Schemas['Fraction'];
export type Meeting = Schemas['Meeting'];
export type MeetingPage = Schemas['MeetingPage'];
export type MeetingDetail = Schemas['MeetingDetail'];
export type MeetingDocument = Schemas['MeetingDocument'];
export type Resolution = Schemas['Resolution'];
export type ResolutionResult = Schemas['ResolutionResult'];
export type VoterUnit = Schemas['VoterUnit'];
export type CastVote = Schemas['CastVote'];
export type Turnout = Schemas['Turnout'];
export type VoteRecord = Schemas['VoteRecord'];
export type VoteRecordPage = Schemas['VoteRecordPage'];
export type MeetingInput = Schemas['MeetingInput'];
export type ResolutionInput = Schemas['ResolutionInput'];
export type VoteInput = Schemas['VoteInput'];
export type VotesInput = Schemas['VotesInput'];
export type MeetingsQuery = NonNullable<operations['listMeetings']['parameters']['query']>;
export type MeetingVotesQuery = NonNullable<operations['listMeetingVotes']['parameters']['query']>;

export type Money = Schemas['Money'];
export type EntryKind = Schemas['EntryKind'];
export type EntryTitle = Schemas['EntryTitle'];
export type Account = Schemas['Account'];
export type AccountPage = Schemas['AccountPage'];
export type AccountEntry = Schemas['AccountEntry'];
export type AccountEntryPage = Schemas['AccountEntryPage'];
export type AccountsQuery = NonNullable<operations['listAccounts']['parameters']['query']>;
export type AccountEntriesQuery = NonNullable<
  operations['listAccountEntries']['parameters']['query']
>;
export type PaymentMethod = Schemas['PaymentMethod'];
export type PaymentTypeKind = Schemas['PaymentTypeKind'];
export type PaymentType = Schemas['PaymentType'];
export type PaymentTypeList = Schemas['PaymentTypeList'];
export type PaymentTypeInput = Schemas['PaymentTypeInput'];
export type PaymentTypeChange = Schemas['PaymentTypeChange'];
export type PaymentInput = Schemas['PaymentInput'];
export type PointsCard = Schemas['PointsCard'];
export type PointsQuote = Schemas['PointsQuote'];
export type PointsPaymentInput = Schemas['PointsPaymentInput'];
export type PaymentStatus = Schemas['PaymentStatus'];
export type PaymentFailure = Schemas['PaymentFailure'];
export type Payment = Schemas['Payment'];

export type AnnouncementStatus = Schemas['AnnouncementStatus'];
export type AudienceScope = Schemas['AudienceScope'];
export type AudienceRole = Schemas['AudienceRole'];
export type Audience = Schemas['Audience'];
export type Announcement = Schemas['Announcement'];
export type AnnouncementPage = Schemas['AnnouncementPage'];
export type AnnouncementInput = Schemas['AnnouncementInput'];
export type AnnouncementChange = Schemas['AnnouncementChange'];
export type AnnouncementsQuery = NonNullable<
  operations['listAnnouncements']['parameters']['query']
>;

export type PropertyGroup = Schemas['PropertyGroup'];
export type PropertyGroupPage = Schemas['PropertyGroupPage'];
export type PropertyGroupInput = Schemas['PropertyGroupInput'];
export type PropertyGroupChange = Schemas['PropertyGroupChange'];
export type PropertyGroupsQuery = NonNullable<
  operations['listPropertyGroups']['parameters']['query']
>;
export type Quarter = Schemas['Quarter'];
export type QuarterPage = Schemas['QuarterPage'];
export type QuarterInput = Schemas['QuarterInput'];
export type QuarterChange = Schemas['QuarterChange'];
export type QuartersQuery = NonNullable<operations['listQuarters']['parameters']['query']>;
export type Property = Schemas['Property'];
export type PropertyPage = Schemas['PropertyPage'];
export type PropertyInput = Schemas['PropertyInput'];
export type PropertyChange = Schemas['PropertyChange'];
export type PropertiesQuery = NonNullable<operations['listProperties']['parameters']['query']>;
export type Unit = Schemas['Unit'];
export type UnitPage = Schemas['UnitPage'];
export type UnitInput = Schemas['UnitInput'];
export type UnitChange = Schemas['UnitChange'];
export type UnitPerson = Schemas['UnitPerson'];
export type UnitsQuery = NonNullable<operations['listUnits']['parameters']['query']>;
export type DirectoryAccount = Schemas['DirectoryAccount'];
export type AccountInput = Schemas['AccountInput'];
export type AccountChange = Schemas['AccountChange'];
export type LinkRole = Schemas['LinkRole'];
export type LinkInput = Schemas['LinkInput'];
export type DirectoryPerson = Schemas['DirectoryPerson'];
export type DirectoryPersonPage = Schemas['DirectoryPersonPage'];
export type PersonInput = Schemas['PersonInput'];
export type PersonChange = Schemas['PersonChange'];
export type PersonUnit = Schemas['PersonUnit'];
export type PortalAccess = Schemas['PortalAccess'];
export type PeopleQuery = NonNullable<operations['listPeople']['parameters']['query']>;

export type AuditEntry = Schemas['AuditEntry'];
export type AuditEntryPage = Schemas['AuditEntryPage'];
export type AuditAction = Schemas['AuditAction'];
export type AuditEntityType = Schemas['AuditEntityType'];
export type AuditQuery = NonNullable<operations['listAuditEntries']['parameters']['query']>;

export type ImportKind = Schemas['ImportKind'];
export type ImportFormat = Schemas['ImportFormat'];
export type ImportStatus = Schemas['ImportStatus'];
export type ImportCounts = Schemas['ImportCounts'];
export type Import = Schemas['Import'];
export type ImportPage = Schemas['ImportPage'];
export type ImportError = Schemas['ImportError'];
export type ImportErrorPage = Schemas['ImportErrorPage'];
export type ImportsQuery = NonNullable<operations['listImports']['parameters']['query']>;
export type ImportErrorsQuery = NonNullable<operations['listImportErrors']['parameters']['query']>;
export type ImportContentType = RawContentType<'/imports', 'post'>;

export type RegistrationCodeRequest = Schemas['RegistrationCodeRequest'];
export type RegistrationCodeSent = Schemas['RegistrationCodeSent'];
export type RegistrationInput = Schemas['RegistrationInput'];
export type RegistrationOutcome = Schemas['RegistrationOutcome'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type Registration = Schemas['Registration'];
export type RegistrationPage = Schemas['RegistrationPage'];
export type RegistrationApproval = Schemas['RegistrationApproval'];
export type RegistrationRejection = Schemas['RegistrationRejection'];
export type RegistrationsQuery = NonNullable<
  operations['listRegistrations']['parameters']['query']
>;

export type Profile = Schemas['Profile'];
export type ProfileUnit = Schemas['ProfileUnit'];
export type ProfileChange = Schemas['ProfileChange'];
export type EmailChangeRequest = Schemas['EmailChangeRequest'];
export type EmailConfirmation = Schemas['EmailConfirmation'];
export type OccupantsDeclaration = Schemas['OccupantsDeclaration'];
export type NotificationPreference = Schemas['NotificationPreference'];
export type NotificationKind = Schemas['NotificationKind'];
export type NotificationSetting = Schemas['NotificationSetting'];
export type NotificationSettingInput = Schemas['NotificationSettingInput'];
export type CompanyNotification = Schemas['CompanyNotification'];
export type CompanyNotificationList = Schemas['CompanyNotificationList'];
