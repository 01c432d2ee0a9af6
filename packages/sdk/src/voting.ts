import type { CallOptions, KeyedCallOptions } from './auth.js';
import type { Download, DownloadOptions, DownloadedFile } from './download.js';
import type { Send } from './http.js';
import type {
  Locale,
  MeetingDetail,
  MeetingDocument,
  MeetingInput,
  MeetingPage,
  MeetingsQuery,
  MeetingVotesQuery,
  VoteRecordPage,
  VotesInput,
} from './types.js';

export interface DocumentUploadOptions extends CallOptions {
  /** The document's name as voters will see it. */
  fileName: string;
}

/** Owners' meetings, resolutions and area-weighted votes (VOTE-1..3). */
export interface VotingApi {
  /** One page of the meetings the person may see, newest window first. */
  list(query?: MeetingsQuery, opts?: CallOptions): Promise<MeetingPage>;
  /** Opens a meeting with its resolutions (managers, the property's board); the roll is fixed now. */
  create(body: MeetingInput, opts?: KeyedCallOptions): Promise<MeetingDetail>;
  /** A meeting with the caller's votes, the turnout (staff, board) and, once closed, the results. */
  get(meetingId: string, opts?: CallOptions): Promise<MeetingDetail>;
  /**
   * Casts or changes the caller's votes, all or none. Setting the same votes again changes
   * nothing, so the call is retried like a read.
   */
  vote(meetingId: string, body: VotesInput, opts?: CallOptions): Promise<MeetingDetail>;
  /** Every version of the votes the caller may audit, oldest first. */
  votes(meetingId: string, query?: MeetingVotesQuery, opts?: CallOptions): Promise<VoteRecordPage>;
  /** Attaches a PDF to a resolution while the meeting is scheduled (managers, the board). */
  uploadDocument(
    meetingId: string,
    resolutionId: string,
    file: Blob,
    opts: DocumentUploadOptions,
  ): Promise<MeetingDocument>;
  /** A resolution's document as a Blob. */
  downloadDocument(
    document: MeetingDocument | string,
    opts?: DownloadOptions,
  ): Promise<DownloadedFile>;
  /** The protocol of a closed meeting as PDF, in the locale asked for (the person's own by default). */
  downloadProtocol(
    meeting: MeetingDetail | string,
    opts?: DownloadOptions & { locale?: Locale },
  ): Promise<DownloadedFile>;
}

export function createVoting(send: Send, download: Download): VotingApi {
  return {
    list: (query, opts) =>
      send({ method: 'get', path: '/meetings', query, auth: true, signal: opts?.signal }),

    create: (body, opts) =>
      send({
        method: 'post',
        path: '/meetings',
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    get: (meetingId, opts) =>
      send({
        method: 'get',
        path: '/meetings/{meetingId}',
        pathParams: { meetingId },
        auth: true,
        signal: opts?.signal,
      }),

    vote: (meetingId, body, opts) =>
      send({
        method: 'put',
        path: '/meetings/{meetingId}/votes',
        pathParams: { meetingId },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),

    votes: (meetingId, query, opts) =>
      send({
        method: 'get',
        path: '/meetings/{meetingId}/votes',
        pathParams: { meetingId },
        query,
        auth: true,
        signal: opts?.signal,
      }),

    uploadDocument: (meetingId, resolutionId, file, opts) =>
      // A POST without Idempotency-Key, so never retried.
      send({
        method: 'post',
        path: '/meetings/{meetingId}/documents',
        pathParams: { meetingId },
        query: { resolutionId, fileName: opts.fileName },
        upload: { body: file, contentType: 'application/pdf' },
        auth: true,
        timeout: 120_000,
        signal: opts.signal,
      }),

    downloadDocument: (document, opts) =>
      download(
        typeof document === 'string' ? document : { ...document, contentType: 'application/pdf' },
        opts,
      ),

    downloadProtocol: (meeting, opts = {}) => {
      const { locale, ...rest } = opts;
      const id = typeof meeting === 'string' ? meeting : meeting.meeting.id;
      const query = locale ? `?locale=${locale}` : '';
      const href = `/meetings/${encodeURIComponent(id)}/protocol${query}`;
      return download({ href, contentType: 'application/pdf' }, rest);
    },
  };
}
