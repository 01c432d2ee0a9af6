import type { components } from '@atrium/sdk';

type Schemas = components['schemas'];
export type Meter = Schemas['Meter'];
export type MeterInput = Schemas['MeterInput'];
export type MeterReplacementInput = Schemas['MeterReplacementInput'];
export type MeterReading = Schemas['MeterReading'];
export type LastReading = Schemas['LastReading'];
export type ReadingInput = Schemas['ReadingInput'];
export type ReadingSubmission = Schemas['ReadingSubmission'];
export type ReviewStatus = Schemas['ReviewStatus'];
export type MeterReviewItem = Schemas['MeterReviewItem'];
export type SubmissionWindow = Schemas['SubmissionWindow'];
