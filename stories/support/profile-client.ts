// A client for the profile stories: the pretend server answers the profile's routes and
// hands everything else (sign-in, branding) to the common story server.
import type {
  AtriumClient,
  EmailChangeRequest,
  EmailConfirmation,
  NotificationKind,
  NotificationSetting,
  NotificationSettingInput,
  OccupantsDeclaration,
  Profile,
  ProfileChange,
} from '@atrium/sdk';
import { preference, storyProfile, type StoryPerson } from './profile-data.js';
import { domainStoryClient, json, never, offline, problem } from './story-client.js';

/** The link the stories open the page with; any other token is spent. */
export const storyEmailToken = 'ec_story';
/** An address another person of the tenant has. */
export const takenEmail = 'jan@lesna5.example.pl';

/** How the pretend server answers; every answer defaults to `ok`. */
export interface ProfileStoryServer {
  /** Who is signed in, or no one (a link opened on another device). */
  person?: StoryPerson | 'signed-out';
  /** The profile: loads, never arrives, or is out of reach. */
  profile?: 'ok' | 'never' | 'offline';
  /** An e-mail change asked for and not confirmed yet. */
  pending?: boolean;
  /** The company's setting of every kind. */
  company?: NotificationSetting;
}

const refused = (field: string, code: string) =>
  problem(400, 'validation_failed', { errors: [{ field, code, message: code }] });

async function profileAnswer(
  server: ProfileStoryServer,
  state: { profile: Profile },
  request: Request,
  route: string,
  path: string,
): Promise<Response | null> {
  const { profile } = state;
  switch (route) {
    case 'GET /me/profile': {
      const answer = server.profile ?? 'ok';
      if (answer === 'never') return never();
      if (answer === 'offline') return offline();
      return json(200, profile);
    }
    case 'PATCH /me/profile': {
      state.profile = { ...profile, ...((await request.json()) as ProfileChange) };
      return json(200, state.profile);
    }
    case 'POST /me/email-change': {
      const { email } = (await request.json()) as EmailChangeRequest;
      if (email === takenEmail) return refused('email', 'email_taken');
      state.profile = { ...profile, pendingEmail: email };
      return json(202, state.profile);
    }
    case 'POST /email-confirmations': {
      const { token } = (await request.json()) as EmailConfirmation;
      if (token !== storyEmailToken) return problem(400, 'invalid_confirmation_token');
      state.profile = {
        ...profile,
        email: profile.pendingEmail ?? profile.email,
        pendingEmail: null,
      };
      return new Response(null, { status: 204 });
    }
    case 'PUT /me/units/:id/occupants': {
      const unitId = path.split('/')[3];
      const unit = profile.units.find((candidate) => candidate.unitId === unitId);
      if (!unit) return problem(404, 'not_found');
      const { count } = (await request.json()) as OccupantsDeclaration;
      const declared = { ...unit, occupants: count, occupantsDeclaredAt: new Date().toISOString() };
      const units = profile.units.map((shown) => (shown === unit ? declared : shown));
      state.profile = { ...profile, units };
      return json(200, declared);
    }
    default:
      return null;
  }
}

/** A kind's own setting: `PUT /me/notification-settings/<kind>` (the kind is no id). */
async function notificationAnswer(state: { profile: Profile }, request: Request, path: string) {
  const kind = path.split('/')[3] as NotificationKind;
  const shown = state.profile.notifications.find((candidate) => candidate.kind === kind);
  if (!shown) return problem(404, 'not_found');
  const { setting } = (await request.json()) as NotificationSettingInput;
  const changed = preference(kind, setting, shown.company);
  const notifications = state.profile.notifications.map((candidate) =>
    candidate === shown ? changed : candidate,
  );
  state.profile = { ...state.profile, notifications };
  return json(200, changed);
}

/** A client signed in as the story's person (or signed out), whose pretend server keeps what is saved. */
export async function profileStoryClient(server: ProfileStoryServer = {}): Promise<AtriumClient> {
  const person = server.person ?? 'resident';
  const profile = storyProfile(
    person === 'signed-out' ? 'resident' : person,
    server.company ?? 'unset',
  );
  const state = {
    profile: server.pending ? { ...profile, pendingEmail: 'anna.nowak@example.com' } : profile,
  };
  const client = await domainStoryClient(profile.email ?? '', async (request, route, path) =>
    route.startsWith('PUT /me/notification-settings/')
      ? notificationAnswer(state, request, path)
      : profileAnswer(server, state, request, route, path),
  );
  if (person === 'signed-out') await client.auth.signOut();
  return client;
}
