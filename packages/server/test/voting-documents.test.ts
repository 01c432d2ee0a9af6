import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locale } from '@atrium/sdk';
import { tinyPng } from '../src/demo/tiny-png.js';
import { details } from '../src/errors/messages.js';
import { documentLimit } from '../src/voting/documents/store.js';
import { attachment } from '../src/reports/disposition.js';
import type { MeetingDetail, MeetingDocument } from '../src/voting/types.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { createVotingLab, type VotingLab, type Who } from './voting-fixture.js';

/** A PDF by its signature, over 256 KB so it is stored and streamed in several pieces. */
const pdf = (size = 700_000) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 16), Buffer.from('\n%%EOF\n')]);

for (const engine of engines) {
  describe(`meeting documents on ${engine.name}`, () => {
    const server = useServer(engine);
    let lab: VotingLab;
    let other: VotingLab;
    let scheduled: MeetingDetail;

    const resolutionOf = (meeting: MeetingDetail, n = 0) => {
      const resolution = meeting.resolutions[n];
      if (!resolution) throw new Error(`no resolution ${n}`);
      return resolution.id;
    };
    const upload = async (
      who: Who,
      meeting: MeetingDetail,
      body: Buffer,
      options: {
        contentType?: string;
        fileName?: string;
        resolutionId?: string;
        language?: Locale;
      } = {},
      on: VotingLab = lab,
    ) => {
      const query = new URLSearchParams({
        resolutionId: options.resolutionId ?? resolutionOf(meeting),
        fileName: options.fileName ?? 'Kosztorys naprawy dachu.pdf',
      });
      return (await on.as(who))(`/meetings/${meeting.meeting.id}/documents?${query}`, {
        method: 'POST',
        headers: {
          'content-type': options.contentType ?? 'application/pdf',
          'accept-language': options.language ?? 'en',
        },
        body: new Uint8Array(body),
      });
    };
    const uploaded = async (who: Who, meeting: MeetingDetail, body = pdf()) => {
      const response = await upload(who, meeting, body);
      assert.equal(response.status, 201, await response.clone().text());
      return (await response.json()) as MeetingDocument;
    };

    before(async () => {
      lab = await createVotingLab(server(), 'documents-lab');
      other = await createVotingLab(server(), 'documents-other');
      scheduled = await lab.open({
        opensAt: lab.local(24 * 60),
        closesAt: lab.local(3 * 24 * 60),
        resolutions: [
          { title: 'Roof', text: 'Repair the roof.', majority: 'all_shares' },
          { title: 'Hall', text: 'Paint the hall.', majority: 'votes_cast' },
        ],
      });
    });

    it('VOTE-1 a PDF attached before the vote downloads byte for byte, with its name and size', async () => {
      const bytes = pdf();
      const document = await uploaded('manager', scheduled, bytes);
      const { id: meetingId } = scheduled.meeting;
      assert.deepEqual(document, {
        id: document.id,
        resolutionId: resolutionOf(scheduled),
        name: 'Kosztorys naprawy dachu.pdf',
        size: bytes.length,
        href: `/meetings/${meetingId}/documents/${document.id}`,
      });
      // the meeting lists it under its resolution, for every voter
      const olga = await lab.as('olga');
      const detail = (await (await olga(`/meetings/${meetingId}`)).json()) as MeetingDetail;
      assert.deepEqual(detail.resolutions[0]?.documents, [document]);
      assert.deepEqual(detail.resolutions[1]?.documents, []);
      for (const who of ['olga', 'bea', 'manager', 'accountant'] as const) {
        const response = await (await lab.as(who))(document.href);
        assert.equal(response.status, 200, who);
        assert.equal(response.headers.get('content-type'), 'application/pdf');
        assert.equal(response.headers.get('content-length'), String(bytes.length));
        assert.equal(
          response.headers.get('content-disposition'),
          attachment('Kosztorys naprawy dachu.pdf'),
        );
        assert.ok(Buffer.from(await response.arrayBuffer()).equals(bytes), who);
      }
    });

    it('VOTE-1 the board and directors attach too; a name without .pdf is served as one', async () => {
      const byBoard = await uploaded('bea', scheduled);
      const byDirector = await upload('director', scheduled, pdf(2_000), {
        fileName: 'uchwała nr 2',
        resolutionId: resolutionOf(scheduled, 1),
      });
      assert.equal(byDirector.status, 201);
      const document = (await byDirector.json()) as MeetingDocument;
      assert.equal(document.name, 'uchwała nr 2');
      const served = await (await lab.as('sam'))(document.href);
      assert.equal(served.headers.get('content-disposition'), attachment('uchwała nr 2.pdf'));
      assert.equal((await served.arrayBuffer()).byteLength, 2_000);
      assert.equal((await (await lab.as('sam'))(byBoard.href)).status, 200);
    });

    it('VOTE-1 only a PDF: other bytes under application/pdf and other media types are 415', async () => {
      const png = tinyPng(2, 2, () => [1, 2, 3]);
      for (const [body, contentType] of [
        [png, 'application/pdf'],
        [Buffer.from('%PDF'), 'application/pdf'],
        [pdf(), 'image/png'],
        [pdf(), 'application/octet-stream'],
      ] as const) {
        const response = await upload('manager', scheduled, body, { contentType });
        assert.equal(response.status, 415, contentType);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'unsupported_media_type');
        assert.equal(problem.detail, details.documentPdfOnly.en);
      }
      const polish = await upload('manager', scheduled, png, { language: 'pl' });
      assert.equal((await problemOf(polish)).detail, details.documentPdfOnly.pl);
    });

    it('VOTE-1 a document over 20 MB is 413; exactly 20 MB is taken', async () => {
      const tooBig = await upload('manager', scheduled, pdf(documentLimit + 1));
      assert.equal(tooBig.status, 413);
      const problem = await problemOf(tooBig);
      assert.equal(problem.code, 'payload_too_large');
      assert.match(problem.detail ?? '', /20971520/);
      const largest = await uploaded('manager', scheduled, pdf(documentLimit));
      assert.equal(largest.size, documentLimit);
    });

    it('VOTE-1 papers are fixed once voting opens: 409 voting_started, then voting_closed', async () => {
      const open = await lab.open();
      const response = await upload('manager', open, pdf());
      assert.equal(response.status, 409);
      assert.equal((await problemOf(response)).code, 'voting_started');
      await lab.close(open.meeting.id);
      const closed = await upload('bea', open, pdf());
      assert.equal(closed.status, 409);
      assert.equal((await problemOf(closed)).code, 'voting_closed');
    });

    it('VOTE-1 a name with a control character, or of white space only, is 400 naming fileName', async () => {
      for (const fileName of [
        'uchwała\n2.pdf',
        'a\u0000b.pdf',
        'tab\there',
        '   ',
        '\u00a0\t',
        'x\u0085',
      ]) {
        const response = await upload('manager', scheduled, pdf(2_000), { fileName });
        assert.equal(response.status, 400, JSON.stringify(fileName));
        const problem = await problemOf(response);
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code]),
          [['fileName', 'invalid_format']],
          JSON.stringify(fileName),
        );
      }
      // letters of any script, spaces inside and punctuation are a name
      const fine = await upload('manager', scheduled, pdf(2_000), {
        fileName: ' Смета — lokal 3 (v2).pdf',
      });
      assert.equal(fine.status, 201);
    });

    it('VOTE-1 owners, residents and accountants may not attach (403); who cannot see the meeting gets 404', async () => {
      for (const who of ['olga', 'boris', 'accountant'] as const) {
        const response = await upload(who, scheduled, pdf());
        assert.equal(response.status, 403, who);
        assert.equal((await problemOf(response)).code, 'forbidden');
      }
      for (const who of ['otto', 'rick'] as const) {
        assert.equal((await upload(who, scheduled, pdf())).status, 404, who);
      }
      // another tenant's manager, asking their own tenant for this meeting
      assert.equal((await upload('manager', scheduled, pdf(), {}, other)).status, 404);
    });

    it('VOTE-1 a resolution of another meeting is 400 naming resolutionId', async () => {
      const another = await lab.open({ opensAt: lab.local(60), closesAt: lab.local(120) });
      const response = await upload('manager', scheduled, pdf(), {
        resolutionId: resolutionOf(another),
      });
      assert.equal(response.status, 400);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(
        problem.errors?.map((e) => [e.field, e.code]),
        [['resolutionId', 'invalid_value']],
      );
    });

    it('VOTE-1 ORG-1 another tenant, an owner of another property and a resident who owns nothing get 404', async () => {
      const document = await uploaded('manager', scheduled);
      const path = document.href;
      assert.equal((await (await other.as('manager'))(path)).status, 404);
      for (const who of ['otto', 'rick'] as const) {
        const response = await (await lab.as(who))(path);
        assert.equal(response.status, 404, who);
        assert.equal((await problemOf(response)).code, 'not_found');
      }
      // a document of one meeting is not found under another
      const another = await lab.open({ opensAt: lab.local(60), closesAt: lab.local(120) });
      const elsewhere = path.replace(scheduled.meeting.id, another.meeting.id);
      assert.equal((await (await lab.as('manager'))(elsewhere)).status, 404);
    });
  });
}
