import type { Locale } from '@atrium/sdk';
import type { Sql } from '../../db/scope.js';
import type { Fraction, Majority, VoteChoice } from '../types.js';

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

// The share of the total area a frozen weight is, rounded once, exactly, in SQL.
const weightOf = (column: string) =>
  `json_build_object('weight', r.${column}::text,
                     'share', round(r.${column} / m.total_area, 4)::text)`;

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
  const resolutions = await sql.query<ProtocolResolution>(
    `SELECT r.id, r.number, r.title, r.text, r.majority,
            CASE WHEN r.qualified_numerator IS NOT NULL
                 THEN json_build_object('numerator', r.qualified_numerator,
                                        'denominator', r.qualified_denominator) END
              AS "qualifiedFraction",
            ${weightOf('for_weight')} AS for, ${weightOf('against_weight')} AS against,
            ${weightOf('abstain_weight')} AS abstain,
            ${weightOf('not_voted_weight')} AS "notVoted",
            r.quorum_reached AS "quorumReached", r.passed
       FROM resolutions r
       JOIN meetings m ON m.tenant_id = r.tenant_id AND m.id = r.meeting_id
      WHERE r.tenant_id = $1 AND r.meeting_id = $2
      ORDER BY r.number`,
    values,
  );
  // units in their natural order (2 before 10), then the owners by name
  const votes = await sql.query<ProtocolVote>(
    `SELECT v.resolution_id AS "resolutionId", roll.unit_number AS "unitNumber",
            p.name AS "ownerName", roll.weight::text AS weight, v.choice
       FROM votes v
       JOIN meeting_roll roll ON roll.tenant_id = v.tenant_id AND roll.meeting_id = v.meeting_id
                             AND roll.unit_id = v.unit_id AND roll.person_id = v.person_id
       JOIN people p ON p.tenant_id = v.tenant_id AND p.id = v.person_id
      WHERE v.tenant_id = $1 AND v.meeting_id = $2 AND v.superseded_at IS NULL
      ORDER BY length(roll.unit_number), roll.unit_number, p.name, v.person_id`,
    values,
  );
  return {
    ...found,
    locale: q.locale,
    tenantName: q.tenantName,
    timeZone: q.timeZone,
    resolutions: resolutions.rows,
    votes: votes.rows,
  };
}
