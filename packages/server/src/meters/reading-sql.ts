// MTR-1's two readings of a meter for a month, as subqueries: `meter` is an SQL expression
// of the meter's id, `month` of the month's first day. The listing of meters and the checks
// of a submission read them the same way.

/**
 * The base a reading of the month is checked against: the newest current reading of an
 * earlier month, or a newer initial value (a replacement).
 */
export const baseReadingOf = (meter: string, month: string) => `
  SELECT * FROM meter_readings r
   WHERE r.meter_id = ${meter} AND r.superseded_at IS NULL
     AND (r.kind = 'initial' OR r.period < ${month})
   ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1`;

/** The month's current reading: what the resident sent, and what a resubmission supersedes. */
export const monthReadingOf = (meter: string, month: string) => `
  SELECT * FROM meter_readings r
   WHERE r.meter_id = ${meter} AND r.kind = 'reading' AND r.superseded_at IS NULL
     AND r.period = ${month}`;
