// What the pretend server answers about owners' meetings in Leśna 5: Anna's flat 12 (half of
// it) and her garage G3, one meeting open, one coming, one closed with its results.
import type {
  CastVote,
  Me,
  Meeting,
  MeetingDetail,
  MeetingPage,
  MeetingStatus,
  Resolution,
  ResolutionResult,
  Turnout,
  VoteInput,
  VoterUnit,
} from '@atrium/sdk';

const property = {
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  name: 'Wspólnota Mieszkaniowa Leśna 5',
};
const totalArea = '812.40';
/** The community's clocks: every window is set, and written, in them. */
const timeZone = 'Europe/Warsaw';

const flat: VoterUnit = {
  unitId: '9b2e4c1a-0f3d-4a6b-8c7e-5d1f2a3b4c5d',
  unitNumber: '12',
  area: '54.30',
  share: '0.5',
  weight: '27.1500000000',
  votes: [],
};
const garage: VoterUnit = {
  unitId: '9b2e4c1a-0f3d-4a6b-8c7e-5d1f2a3b4c03',
  unitNumber: 'G3',
  area: '16.20',
  share: '1',
  weight: '16.2000000000',
  votes: [],
};

/** Anna, who owns half of flat 12 and garage G3, or Katarzyna, the community's manager. */
export function votingMe(person: 'owner' | 'staff'): Me {
  if (person === 'staff') {
    return {
      id: '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b',
      name: 'Katarzyna Wiśniewska',
      email: 'katarzyna@lesna5.example.pl',
      locale: 'pl',
      roles: ['manager'],
      units: [],
    };
  }
  const link = (unit: VoterUnit) => ({
    id: unit.unitId,
    number: unit.unitNumber,
    area: unit.area,
    property: { ...property, address: 'ul. Leśna 5, 30-001 Kraków' },
    roles: ['owner' as const],
    ownershipShare: unit.share,
  });
  return {
    id: '3f1c2a9e-6b0d-4f4e-9d8a-2b7c1e5f9a10',
    name: 'Anna Nowak',
    email: 'anna.nowak@example.pl',
    locale: 'pl',
    roles: ['owner', 'resident'],
    units: [link(flat), link(garage)],
  };
}

const hours = (count: number) => new Date(Date.now() + count * 3_600_000).toISOString();
const days = (count: number) => hours(count * 24);

const roofText = [
  'Właściciele lokali wyrażają zgodę na wykonanie remontu pokrycia dachu budynku przy ul. Leśnej 5 w zakresie określonym w kosztorysie inwestorskim z dnia 12 września 2026 r., stanowiącym załącznik do uchwały.',
  'Koszt remontu nie przekroczy 84 000 zł brutto i zostanie pokryty w całości z funduszu remontowego wspólnoty, bez podwyższania zaliczek na fundusz remontowy w roku 2027.',
  'Zarząd wspólnoty zostaje upoważniony do wyboru wykonawcy w drodze zapytania ofertowego skierowanego do co najmniej trzech firm, zawarcia umowy z wybranym wykonawcą oraz odbioru robót.',
  'Prace zostaną wykonane w okresie od kwietnia do czerwca 2027 r.; zarząd poinformuje właścicieli o terminach prac z co najmniej tygodniowym wyprzedzeniem.',
].join('\n\n');

interface StoryMeeting {
  meeting: Omit<Meeting, 'timeZone' | 'votesPending' | 'resolutionCount'>;
  description: string | null;
  quorum: { numerator: number; denominator: number };
  resolutions: Omit<Resolution, 'result' | 'documents'>[];
  documents?: { resolution: number; name: string; size: number }[];
  results?: ResolutionResult[];
  /** Anna's votes on it, by resolution number, the same for both her units. */
  annasVotes?: VoteInput['choice'][];
  turnout: Turnout;
}

const ids = {
  open: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  scheduled: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6b',
  closed: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6c',
};

const resolutionId = (meeting: keyof typeof ids, number: number) =>
  `6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e${Object.keys(ids).indexOf(meeting)}${number}`;

const stories: StoryMeeting[] = [
  {
    meeting: {
      id: ids.open,
      title: 'Zebranie roczne właścicieli 2026',
      property,
      opensAt: days(-3),
      closesAt: hours(4 * 24 + 5),
      status: 'open',
    },
    description: 'Sprawozdanie zarządu za rok 2025, remont dachu i zmiana regulaminu.',
    quorum: { numerator: 1, denominator: 2 },
    resolutions: [
      {
        id: resolutionId('open', 1),
        number: 1,
        title: 'Absolutorium dla zarządu za rok 2025',
        text: 'Właściciele lokali udzielają zarządowi wspólnoty absolutorium z wykonania obowiązków w roku 2025.',
        majority: 'votes_cast',
        qualifiedFraction: null,
      },
      {
        id: resolutionId('open', 2),
        number: 2,
        title: 'Remont dachu z funduszu remontowego',
        text: roofText,
        majority: 'all_shares',
        qualifiedFraction: null,
      },
      {
        id: resolutionId('open', 3),
        number: 3,
        title: 'Zmiana regulaminu porządku domowego',
        text: 'Właściciele lokali przyjmują nowy regulamin porządku domowego, w brzmieniu załączonym do uchwały; cisza nocna obowiązuje od 22:00 do 6:00.',
        majority: 'qualified',
        qualifiedFraction: { numerator: 2, denominator: 3 },
      },
    ],
    documents: [
      { resolution: 2, name: 'Kosztorys naprawy dachu.pdf', size: 183_042 },
      { resolution: 3, name: 'Regulamin porządku domowego 2027.pdf', size: 96_512 },
    ],
    turnout: { votedWeight: '318.4000000000', voters: 9, eligibleVoters: 21 },
  },
  {
    meeting: {
      id: ids.scheduled,
      title: 'Termomodernizacja budynku',
      property,
      opensAt: days(6),
      closesAt: days(20),
      status: 'scheduled',
    },
    description: null,
    quorum: { numerator: 1, denominator: 2 },
    resolutions: [
      {
        id: resolutionId('scheduled', 1),
        number: 1,
        title: 'Ocieplenie ścian i wymiana okien na klatkach',
        text: 'Właściciele lokali wyrażają zgodę na zaciągnięcie kredytu termomodernizacyjnego do kwoty 420 000 zł.',
        majority: 'all_shares',
        qualifiedFraction: null,
      },
    ],
    turnout: { votedWeight: '0.0000000000', voters: 0, eligibleVoters: 21 },
  },
  {
    meeting: {
      id: ids.closed,
      title: 'Zebranie nadzwyczajne: winda',
      property,
      opensAt: days(-45),
      closesAt: days(-31),
      status: 'closed',
    },
    description: null,
    quorum: { numerator: 1, denominator: 2 },
    resolutions: [
      {
        id: resolutionId('closed', 1),
        number: 1,
        title: 'Wymiana windy w klatce A',
        text: 'Właściciele lokali wyrażają zgodę na wymianę windy w klatce A za kwotę do 260 000 zł.',
        majority: 'all_shares',
        qualifiedFraction: null,
      },
      {
        id: resolutionId('closed', 2),
        number: 2,
        title: 'Kredyt na wymianę windy',
        text: 'Właściciele lokali wyrażają zgodę na zaciągnięcie kredytu na wymianę windy.',
        majority: 'qualified',
        qualifiedFraction: { numerator: 2, denominator: 3 },
      },
      {
        id: resolutionId('closed', 3),
        number: 3,
        title: 'Monitoring klatek schodowych',
        text: 'Właściciele lokali wyrażają zgodę na zainstalowanie monitoringu na klatkach schodowych.',
        majority: 'votes_cast',
        qualifiedFraction: null,
      },
    ],
    // Each row adds up to the total area, 812.40 m².
    results: [
      {
        for: '412.5000000000',
        against: '120.2500000000',
        abstain: '30.0000000000',
        notVoted: '249.6500000000',
        quorumReached: true,
        passed: true,
      },
      {
        for: '498.1000000000',
        against: '50.3000000000',
        abstain: '14.3500000000',
        notVoted: '249.6500000000',
        quorumReached: true,
        passed: false,
      },
      {
        for: '210.0000000000',
        against: '150.0000000000',
        abstain: '20.5000000000',
        notVoted: '431.9000000000',
        quorumReached: false,
        passed: false,
      },
    ],
    annasVotes: ['for', 'for', 'against'],
    turnout: { votedWeight: '562.7500000000', voters: 15, eligibleVoters: 21 },
  },
];

/** The meeting ids the stories open. */
export const storyMeetings = ids;

/** What the pretend server knows about the reader, and changes as they vote. */
export interface VotingState {
  person: 'owner' | 'staff';
  /** Anna's current votes per meeting: `resolutionId/unitId` → the vote. */
  votes: Map<string, CastVote & { unitId: string }>;
}

/** A new state: Anna's votes in the closed meeting, and in the open one when `voted`. */
export function votingState(person: 'owner' | 'staff', voted: boolean): VotingState {
  const votes = new Map<string, CastVote & { unitId: string }>();
  for (const story of stories) {
    const choices =
      story.annasVotes ??
      (voted && story.meeting.status === 'open' ? (['for', 'against', 'abstain'] as const) : []);
    story.resolutions.forEach((resolution, i) => {
      const choice = choices[i];
      if (!choice) return;
      for (const unit of [flat, garage]) {
        const castAt = story.meeting.status === 'closed' ? days(-40) : hours(-20);
        votes.set(`${resolution.id}/${unit.unitId}`, {
          resolutionId: resolution.id,
          unitId: unit.unitId,
          choice,
          castAt,
        });
      }
    });
  }
  return { person, votes };
}

function myUnits(story: StoryMeeting, state: VotingState): VoterUnit[] {
  if (state.person === 'staff') return [];
  return [flat, garage].map((unit) => ({
    ...unit,
    votes: story.resolutions.flatMap((resolution) => {
      const vote = state.votes.get(`${resolution.id}/${unit.unitId}`);
      return vote
        ? [{ resolutionId: vote.resolutionId, choice: vote.choice, castAt: vote.castAt }]
        : [];
    }),
  }));
}

function meetingOf(story: StoryMeeting, state: VotingState): Meeting {
  const units = myUnits(story, state);
  const cast = units.reduce((sum, unit) => sum + unit.votes.length, 0);
  const pending =
    state.person === 'staff' || story.meeting.status === 'closed'
      ? null
      : story.resolutions.length * units.length - cast;
  return {
    ...story.meeting,
    timeZone,
    resolutionCount: story.resolutions.length,
    votesPending: pending,
  };
}

/** The meetings of a status (or all), newest window first. */
export function meetingPage(
  state: VotingState,
  status: MeetingStatus | null,
  empty: boolean,
): MeetingPage {
  const items = empty
    ? []
    : stories
        .filter((story) => !status || story.meeting.status === status)
        .sort((a, b) => b.meeting.opensAt.localeCompare(a.meeting.opensAt))
        .map((story) => meetingOf(story, state));
  return { items, nextCursor: null };
}

/** A meeting as the reader sees it, or undefined for an unknown id. */
export function meetingDetail(meetingId: string, state: VotingState): MeetingDetail | undefined {
  const story = stories.find((candidate) => candidate.meeting.id === meetingId);
  if (!story) return undefined;
  const closed = story.meeting.status === 'closed';
  const resolutions = story.resolutions.map((resolution, i): Resolution => ({
    ...resolution,
    documents: (story.documents ?? [])
      .filter((document) => document.resolution === resolution.number)
      .map((document, j) => {
        const id = `8e9f0a1b-2c3d-4e4f-8a5b-6c7d8e9f0${resolution.number}${j}0`;
        return {
          id,
          resolutionId: resolution.id,
          name: document.name,
          size: document.size,
          href: `/meetings/${meetingId}/documents/${id}`,
        };
      }),
    result: closed ? (story.results?.[i] ?? null) : null,
  }));
  return {
    meeting: meetingOf(story, state),
    description: story.description,
    totalArea,
    quorum: story.quorum,
    resolutions,
    myUnits: myUnits(story, state),
    // Staff see who voted; an owner who is not on the board does not.
    turnout: state.person === 'staff' ? story.turnout : null,
    resultsFrozenAt: closed ? days(-31) : null,
    protocolHref: closed ? `/meetings/${meetingId}/protocol` : null,
  };
}
