import { apportionedShares, type Locale } from '@atrium/sdk';
import type { Sql } from '../../db/scope.js';
import { unitOrder } from '../../directory/units.js';
import type { Fraction, Majority, VoteChoice } from '../types.js';
import { tallyRows, type TallyRow } from './locales.js';

/** A frozen weight: exact square metres, and its share of the total area to four places. */
export interface ProtocolWeight {
  weight: string;
  share: string;
}

/** A resolution as the protocol shows it, with its frozen result. */
export interface ProtocolResolution {
  id: string;
  number: number;
  title: string;
  text: string;
  majority: Majority;
  qualifiedFraction: Fraction | null;
  for: ProtocolWeight;
  against: ProtocolWeight;
  abstain: ProtocolWeight;
  notVoted: ProtocolWeight;
  quorumReached: boolean;
  passed: boolean;
}

/** A vote that counts: the last one of an owner for a unit on a resolution. */
export interface ProtocolVote {
  resolutionId: string;
  unitNumber: string;
  ownerName: string;
  weight: string;
  choice: VoteChoice;
}

/** Everything the protocol of a closed meeting shows (VOTE-2, VOTE-3), in one language. */
export interface Protocol {
  locale: Locale;
  tenantName: string;
  timeZone: string;
  propertyName: string;
  propertyAddress: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  /** The local day the window closed, `YYYY-MM-DD`: the file is named after it. */
  closesOn: string;
  totalArea: string;
  quorum: Fraction;
  resultsFrozenAt: Date;
  resolutions: ProtocolResolution[];
  votes: ProtocolVote[];
}

type MeetingPart = Omit<Protocol, 'locale' | 'tenantName' | 'timeZone' | 'resolutions' | 'votes'>;

type ResolutionRow = Omit<ProtocolResolution, TallyRow> & Record<TallyRow, string>;

/**
 * The four frozen weights of a resolution with their shares of the total area, in
 * ten-thousandths split by the largest remainder: the four always show 100.00 %.
 */
function withShares(row: ResolutionRow, totalArea: string): ProtocolResolution {
  const shares = apportionedShares(
    tallyRows.map((part) => row[part]),
    totalArea,
    4,
  );
  const parts = tallyRows.map((part, i) => [part, { weight: row[part], share: shares[i] ?? '0' }]);
  return { ...row, ...(Object.fromEntries(parts) as Record<TallyRow, ProtocolWeight>) };
}

/**
 * Reads the frozen results, the roll and the counting votes of a meeting whose results
 * are frozen (the caller froze them in this transaction); null when they are not.
 */
export async function loadProtocol(
  sql: Sql,
  q: { tenantId: string; meetingId: string; locale: Locale; tenantName: string; timeZone: string },
): Promise<Protocol | null> {
  const values = [q.tenantId, q.meetingId];
  const meeting = await sql.query<MeetingPart>(
    `SELECT p.name AS "propertyName", p.address AS "propertyAddress", m.title,
            m.opens_at AS "opensAt", m.closes_at AS "closesAt",
            to_char(m.closes_at AT TIME ZONE $3, 'YYYY-MM-DD') AS "closesOn",
            m.total_area::text AS "totalArea",
            json_build_object('numerator', m.quorum_numerator,
                              'denominator', m.quorum_denominator) AS quorum,
            m.results_frozen_at AS "resultsFrozenAt"
       FROM meetings m
       JOIN properties p ON p.tenant_id = m.tenant_id AND p.id = m.property_id
      WHERE m.tenant_id = $1 AND m.id = $2 AND m.results_frozen_at IS NOT NULL`,
    [...values, q.timeZone],
  );
  const [found] = meeting.rows;
  if (!found) return null;
  const resolutions = await sql.query<ResolutionRow>(
    `SELECT id, number, title, text, majority,
            CASE WHEN qualified_numerator IS NOT NULL
                 THEN json_build_object('numerator', qualified_numerator,
                                        'denominator', qualified_denominator) END
              AS "qualifiedFraction",
            for_weight::text AS for, against_weight::text AS against,
            abstain_weight::text AS abstain, not_voted_weight::text AS "notVoted",
            quorum_reached AS "quorumReached", passed
       FROM resolutions
      WHERE tenant_id = $1 AND meeting_id = $2
      ORDER BY number`,
    values,
  );
  // units in their natural order, then the owners by name
  const votes = await sql.query<ProtocolVote>(
    `SELECT v.resolution_id AS "resolutionId", roll.unit_number AS "unitNumber",
            p.name AS "ownerName", roll.weight::text AS weight, v.choice
       FROM votes v
       JOIN meeting_roll roll ON roll.tenant_id = v.tenant_id AND roll.meeting_id = v.meeting_id
                             AND roll.unit_id = v.unit_id AND roll.person_id = v.person_id
       JOIN people p ON p.tenant_id = v.tenant_id AND p.id = v.person_id
      WHERE v.tenant_id = $1 AND v.meeting_id = $2 AND v.superseded_at IS NULL
      ORDER BY ${unitOrder('roll.unit_number')}, p.name, v.person_id`,
    values,
  );
  return {
    ...found,
    locale: q.locale,
    tenantName: q.tenantName,
    timeZone: q.timeZone,
    resolutions: resolutions.rows.map((row) => withShares(row, found.totalArea)),
    votes: votes.rows,
  };
}
