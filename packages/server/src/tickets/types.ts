import type { components } from '@atrium/sdk';

type Schemas = components['schemas'];
export type Ticket = Schemas['Ticket'];
export type TicketDetail = Schemas['TicketDetail'];
export type TicketPage = Schemas['TicketPage'];
export type TicketEvent = Schemas['TicketEvent'];
export type TicketPhoto = Schemas['TicketPhoto'];
export type TicketStatus = Schemas['TicketStatus'];
export type TicketCategory = Schemas['TicketCategory'];
export type TicketInput = Schemas['TicketInput'];
export type CommentInput = Schemas['CommentInput'];
export type StatusChangeInput = Schemas['StatusChangeInput'];
export type ReopenInput = Schemas['ReopenInput'];
export type PhotoUpload = Schemas['PhotoUpload'];
export type PhotoType = PhotoUpload['contentType'];
