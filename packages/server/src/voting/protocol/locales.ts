import type { Locale } from '@atrium/sdk';
import type { Majority, VoteChoice } from '../types.js';

/** The four parts of the total area a result splits into. */
export type TallyRow = VoteChoice | 'notVoted';
export const tallyRows: readonly TallyRow[] = ['for', 'against', 'abstain', 'notVoted'];

/** Every text of a meeting's protocol, in the three languages (VOTE-1..3). */
export interface ProtocolTexts {
  title: string;
  /** The file's name before its date: ASCII, so every browser keeps it. */
  fileStem: string;
  property: string;
  meeting: string;
  window: string;
  totalArea: string;
  squareMetres: string;
  quorum: string;
  /** A fraction of the total area: `{fraction}` is `2/3`. */
  ofTotalArea: string;
  resolution: string;
  majority: string;
  /** The rule a resolution needs to pass, `{fraction}` filled for `qualified`. */
  majorities: Record<Majority, string>;
  weight: string;
  voteWeight: string;
  shareOfTotal: string;
  tally: Record<TallyRow, string>;
  quorumReached: string;
  yes: string;
  no: string;
  outcome: string;
  passed: string;
  notPassed: string;
  votes: string;
  unit: string;
  owner: string;
  vote: string;
  choices: Record<VoteChoice, string>;
  noVotes: string;
  frozenAt: string;
}

export const protocolTexts: Record<Locale, ProtocolTexts> = {
  ru: {
    title: 'Протокол общего собрания собственников',
    fileStem: 'protokol',
    property: 'Объект',
    meeting: 'Собрание',
    window: 'Голосование',
    totalArea: 'Общая площадь объекта',
    squareMetres: 'м²',
    quorum: 'Кворум',
    ofTotalArea: '{fraction} общей площади',
    resolution: 'Вопрос',
    majority: 'Решение принимается',
    majorities: {
      votes_cast: 'простым большинством поданных голосов: «за» больше, чем «против»',
      all_shares: 'большинством от общего числа голосов: «за» более половины общей площади',
      qualified: 'квалифицированным большинством: «за» не менее {fraction} общей площади',
    },
    weight: 'Голоса, м²',
    voteWeight: 'Вес голоса, м²',
    shareOfTotal: '% общей площади',
    tally: {
      for: 'За',
      against: 'Против',
      abstain: 'Воздержались',
      notVoted: 'Не голосовали',
    },
    quorumReached: 'Кворум',
    yes: 'есть',
    no: 'нет',
    outcome: 'Итог',
    passed: 'решение принято',
    notPassed: 'решение не принято',
    votes: 'Голоса собственников',
    unit: 'Помещение',
    owner: 'Собственник',
    vote: 'Голос',
    choices: { for: 'за', against: 'против', abstain: 'воздержался' },
    noVotes: 'Голосов не подано.',
    frozenAt: 'Итоги подведены',
  },
  pl: {
    title: 'Protokół z zebrania właścicieli',
    fileStem: 'protokol',
    property: 'Nieruchomość',
    meeting: 'Zebranie',
    window: 'Głosowanie',
    totalArea: 'Powierzchnia całkowita nieruchomości',
    squareMetres: 'm²',
    quorum: 'Kworum',
    ofTotalArea: '{fraction} powierzchni całkowitej',
    resolution: 'Uchwała',
    majority: 'Uchwała zapada',
    majorities: {
      votes_cast: 'zwykłą większością oddanych głosów: więcej głosów za niż przeciw',
      all_shares: 'większością udziałów: za ponad połowa powierzchni całkowitej',
      qualified: 'większością kwalifikowaną: za co najmniej {fraction} powierzchni całkowitej',
    },
    weight: 'Głosy, m²',
    voteWeight: 'Waga głosu, m²',
    shareOfTotal: '% powierzchni całkowitej',
    tally: {
      for: 'Za',
      against: 'Przeciw',
      abstain: 'Wstrzymało się',
      notVoted: 'Nie głosowało',
    },
    quorumReached: 'Kworum',
    yes: 'osiągnięte',
    no: 'nieosiągnięte',
    outcome: 'Wynik',
    passed: 'uchwała podjęta',
    notPassed: 'uchwała niepodjęta',
    votes: 'Głosy właścicieli',
    unit: 'Lokal',
    owner: 'Właściciel',
    vote: 'Głos',
    choices: { for: 'za', against: 'przeciw', abstain: 'wstrzymuje się' },
    noVotes: 'Nie oddano głosów.',
    frozenAt: 'Wyniki ustalono',
  },
  en: {
    title: "Protocol of the owners' general meeting",
    fileStem: 'protocol',
    property: 'Property',
    meeting: 'Meeting',
    window: 'Voting',
    totalArea: "Property's total area",
    squareMetres: 'm²',
    quorum: 'Quorum',
    ofTotalArea: '{fraction} of the total area',
    resolution: 'Resolution',
    majority: 'Passes by',
    majorities: {
      votes_cast: 'a simple majority of the votes cast: more for than against',
      all_shares: 'a majority of all shares: for more than half of the total area',
      qualified: 'a qualified majority: for at least {fraction} of the total area',
    },
    weight: 'Votes, m²',
    voteWeight: 'Weight, m²',
    shareOfTotal: '% of the total area',
    tally: {
      for: 'For',
      against: 'Against',
      abstain: 'Abstained',
      notVoted: 'Did not vote',
    },
    quorumReached: 'Quorum',
    yes: 'reached',
    no: 'not reached',
    outcome: 'Outcome',
    passed: 'passed',
    notPassed: 'not passed',
    votes: "The owners' votes",
    unit: 'Unit',
    owner: 'Owner',
    vote: 'Vote',
    choices: { for: 'for', against: 'against', abstain: 'abstain' },
    noVotes: 'No votes were cast.',
    frozenAt: 'Results computed',
  },
};
