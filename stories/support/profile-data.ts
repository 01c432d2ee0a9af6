// What the pretend server answers about the profile: Anna Nowak of Leśna 5 with her flat (or
// a flat and a shop, one not declared yet), or the manager with no unit; and the
// notification kinds that reach each, with the company's settings.
import type {
  NotificationKind,
  NotificationPreference,
  NotificationSetting,
  Profile,
  ProfileUnit,
} from '@atrium/sdk';

/** Anna with her flat, Anna with a flat and a shop, or the manager. */
export type StoryPerson = 'resident' | 'owner-of-two' | 'staff';

const day = 86_400_000;
const daysAgo = (count: number) => new Date(Date.now() - count * day).toISOString();

const property = 'Wspólnota Mieszkaniowa Leśna 5';

const flat: ProfileUnit = {
  unitId: '9b2e4c1a-0f3d-4a6b-8c7e-5d1f2a3b4c5d',
  unitNumber: '12',
  propertyName: property,
  roles: ['owner', 'resident'],
  occupants: 3,
  occupantsDeclaredAt: daysAgo(40),
};

const shop: ProfileUnit = {
  unitId: '9b2e4c1a-0f3d-4a6b-8c7e-5d1f2a3b4c5e',
  unitNumber: 'U1',
  propertyName: property,
  roles: ['owner'],
  occupants: null,
  occupantsDeclaredAt: null,
};

/** NOTE-1 as the server applies it: the most specific explicit setting wins, unset sends. */
export function sends(mine: NotificationSetting, company: NotificationSetting): boolean {
  const decided = mine !== 'unset' ? mine : company;
  return decided !== 'dont_send';
}

export const preference = (
  kind: NotificationKind,
  mine: NotificationSetting,
  company: NotificationSetting,
): NotificationPreference => ({ kind, mine, company, sends: sends(mine, company) });

/** The profile the story opens with; `company` is the company's setting of every kind. */
export function storyProfile(person: StoryPerson, company: NotificationSetting): Profile {
  if (person === 'staff') {
    return {
      id: '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b',
      name: 'Katarzyna Wiśniewska',
      email: 'katarzyna@lesna5.example.pl',
      pendingEmail: null,
      phone: '+48601000200',
      locale: 'pl',
      units: [],
      notifications: [preference('registration_requests', 'send', company)],
    };
  }
  return {
    id: '3f1c2a9e-6b0d-4f4e-9d8a-2b7c1e5f9a10',
    name: 'Anna Nowak',
    email: 'anna.nowak@example.pl',
    pendingEmail: null,
    phone: '+48601234567',
    locale: 'pl',
    units: person === 'owner-of-two' ? [flat, shop] : [flat],
    notifications: [preference('ticket_updates', 'unset', company)],
  };
}
