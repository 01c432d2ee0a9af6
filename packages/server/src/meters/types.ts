export type {
  LastReading,
  Meter,
  MeterInput,
  MeterReading,
  MeterReplacementInput,
  MeterReviewItem,
  ReadingInput,
  ReadingSubmission,
  ReviewStatus,
  SubmissionWindow,
} from '@atrium/sdk';
