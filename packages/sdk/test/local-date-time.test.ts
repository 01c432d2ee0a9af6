// localDateTime: an instant as the wall-clock time the contract's LocalDateTime names, in
// the zones a tenant may keep, across the changes of their clocks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localDateTime, validators } from '../src/index.js';

const at = (iso: string) => new Date(iso);

test('a Warsaw instant in winter (UTC+1) and in summer (UTC+2), seconds dropped, not rounded', () => {
  assert.equal(localDateTime(at('2026-01-15T12:34:59.999Z'), 'Europe/Warsaw'), '2026-01-15T13:34');
  assert.equal(localDateTime(at('2026-07-01T12:00:00Z'), 'Europe/Warsaw'), '2026-07-01T14:00');
  // the year turns at midnight Warsaw time, an hour before it does in UTC
  assert.equal(localDateTime(at('2026-12-31T23:00:00Z'), 'Europe/Warsaw'), '2027-01-01T00:00');
});

test('the spring change in Warsaw: 01:59 is followed by 03:00, and no time reads 02:xx', () => {
  // 29 March 2026, 01:00 UTC: the clocks go from 02:00 to 03:00
  assert.equal(localDateTime(at('2026-03-29T00:59:59Z'), 'Europe/Warsaw'), '2026-03-29T01:59');
  assert.equal(localDateTime(at('2026-03-29T01:00:00Z'), 'Europe/Warsaw'), '2026-03-29T03:00');
  for (let minute = 0; minute < 120; minute++) {
    const instant = new Date(Date.parse('2026-03-29T00:00:00Z') + minute * 60_000);
    assert.doesNotMatch(localDateTime(instant, 'Europe/Warsaw'), /T02:/);
  }
});

test('the autumn change in Warsaw: 02:00–02:59 happens twice, once in summer time and once in winter time', () => {
  // 25 October 2026, 01:00 UTC: the clocks go from 03:00 back to 02:00
  assert.equal(localDateTime(at('2026-10-25T00:30:00Z'), 'Europe/Warsaw'), '2026-10-25T02:30');
  assert.equal(localDateTime(at('2026-10-25T00:59:59Z'), 'Europe/Warsaw'), '2026-10-25T02:59');
  assert.equal(localDateTime(at('2026-10-25T01:00:00Z'), 'Europe/Warsaw'), '2026-10-25T02:00');
  assert.equal(localDateTime(at('2026-10-25T01:30:00Z'), 'Europe/Warsaw'), '2026-10-25T02:30');
  assert.equal(localDateTime(at('2026-10-25T02:00:00Z'), 'Europe/Warsaw'), '2026-10-25T03:00');
});

test('a zone half an hour off the hour (Asia/Kolkata, UTC+5:30) turns the day at 18:30 UTC', () => {
  assert.equal(localDateTime(at('2026-03-01T18:29:00Z'), 'Asia/Kolkata'), '2026-03-01T23:59');
  assert.equal(localDateTime(at('2026-03-01T18:30:00Z'), 'Asia/Kolkata'), '2026-03-02T00:00');
});

test('midnight is 00:00, never 24:00, and every result is a LocalDateTime the contract accepts', () => {
  const zones = ['Europe/Warsaw', 'Asia/Kolkata', 'America/New_York', 'UTC'];
  for (const zone of zones) {
    for (let hour = 0; hour < 48; hour += 0.5) {
      const local = localDateTime(new Date(Date.UTC(2026, 9, 24) + hour * 3_600_000), zone);
      assert.ok(validators.LocalDateTime.safeParse(local).success, `${zone}: ${local}`);
      assert.doesNotMatch(local, /T24:/);
    }
  }
  assert.equal(localDateTime(at('2026-06-30T22:00:00Z'), 'Europe/Warsaw'), '2026-07-01T00:00');
});

test('an unknown time zone is refused', () => {
  assert.throws(() => localDateTime(new Date(), 'Europe/Atlantis'), RangeError);
});
