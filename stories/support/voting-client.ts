// A client for the voting stories: the pretend server answers the meeting routes and hands
// everything else (sign-in, branding) to the common story server.
import type { AtriumClient, MeetingStatus, VotesInput } from '@atrium/sdk';
import { pdfBytes } from './owner-data.js';
import { domainStoryClient, json, never, offline, problem } from './story-client.js';
import {
  meetingDetail,
  meetingPage,
  votingMe,
  votingState,
  type VotingState,
} from './voting-data.js';

/** How the pretend server answers the meeting routes; every answer defaults to `ok`. */
export interface VotingStoryServer {
  /** Who is signed in: Anna, an owner of two units, or Katarzyna, the manager. */
  person?: 'owner' | 'staff';
  /** The list of meetings: some, none, never, or out of reach. */
  list?: 'ok' | 'empty' | 'never' | 'offline';
  /** Whether Anna already voted on every resolution of the open meeting. */
  voted?: boolean;
  /** Votes sent: recorded, refused as voting closed meanwhile, or the garage's refused. */
  cast?: 'ok' | 'closed' | 'rejected';
}

const pdf = (fileName: string) =>
  new Response(pdfBytes, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    },
  });

/** Votes sent: refused as the story says, else recorded as the real server records them. */
function cast(
  server: VotingStoryServer,
  state: VotingState,
  meetingId: string,
  { votes }: VotesInput,
): Response {
  if (server.cast === 'closed') return problem(409, 'voting_closed');
  if (server.cast === 'rejected') {
    const index = votes.findIndex((vote) => vote.unitId.endsWith('03'));
    const errors = [
      {
        field: `votes.${Math.max(index, 0)}.unitId`,
        code: 'not_entitled',
        message: 'You hold no vote for this unit in this meeting.',
      },
    ];
    return problem(422, 'vote_rejected', { errors });
  }
  const castAt = new Date().toISOString();
  for (const vote of votes) {
    const key = `${vote.resolutionId}/${vote.unitId}`;
    if (state.votes.get(key)?.choice !== vote.choice) state.votes.set(key, { ...vote, castAt });
  }
  return json(200, meetingDetail(meetingId, state));
}

async function votingAnswer(
  server: VotingStoryServer,
  state: VotingState,
  request: Request,
  route: string,
  path: string,
  query: URLSearchParams,
): Promise<Response | null> {
  const meetingId = path.split('/')[2] ?? '';
  switch (route) {
    case 'GET /me':
      return json(200, votingMe(state.person));
    case 'GET /meetings': {
      const list = server.list ?? 'ok';
      if (list === 'never') return never();
      if (list === 'offline') return offline();
      const status = query.get('status') as MeetingStatus | null;
      return json(200, meetingPage(state, status, list === 'empty'));
    }
    case 'GET /meetings/:id': {
      const detail = meetingDetail(meetingId, state);
      return detail ? json(200, detail) : problem(404, 'not_found');
    }
    case 'PUT /meetings/:id/votes':
      return cast(server, state, meetingId, (await request.json()) as VotesInput);
    case 'GET /meetings/:id/documents/:id':
      return pdf('Kosztorys naprawy dachu.pdf');
    case 'GET /meetings/:id/protocol':
      return pdf(`protokol-${query.get('locale') ?? 'pl'}.pdf`);
    default:
      return null;
  }
}

/** A client signed in as the story's person, whose pretend server remembers the votes cast. */
export function votingStoryClient(server: VotingStoryServer = {}): Promise<AtriumClient> {
  const state = votingState(server.person ?? 'owner', server.voted ?? false);
  return domainStoryClient('anna.nowak@example.pl', (request, route, path, query) =>
    votingAnswer(server, state, request, route, path, query),
  );
}
