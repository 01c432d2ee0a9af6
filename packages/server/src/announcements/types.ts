export type {
  Announcement,
  AnnouncementChange,
  AnnouncementInput,
  AnnouncementPage,
  AnnouncementStatus,
  AnnouncementsQuery,
  Audience,
  AudienceRole,
  AudienceScope,
} from '@atrium/sdk';
