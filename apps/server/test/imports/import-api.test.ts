import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';
import { counts, HEADER, seedImportOrg } from './import-fixtures';

describe.each(testEngines())('the response import API (%s)', (engine) => {
  let centric: TestCentric;
  let cookie: string;
  let key: string;
  let orgId: string;
  const good = `${HEADER}\n2026-10-01T10:00:00Z,9,Nice,Store NPS,Store,,Lyon,C-1,,\n2026-10-02T10:00:00Z,2,Bad,Store NPS,,,,,,\n`;

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    const seeded = await seedImportOrg(centric, 'api');
    cookie = seeded.org.ownerCookie;
    orgId = seeded.org.id;
    const created = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: { cookie, origin: ORIGIN },
      payload: { name: 'importer' },
    });
    key = created.json().key;
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('takes the file as the raw body with an API key and answers the summary (wait=true)', async () => {
    const r = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/responses/imports?format=centric&wait=true&fileName=october.csv',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
      payload: good,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'applied', imported: 2, fileName: 'october.csv' });
    expect((await counts(centric, orgId)).responses).toBe(2);
  });

  it('answers 202 at once and the import can be polled to its summary; bad lines change nothing', async () => {
    const bad = `${HEADER}\n2026-10-01T10:00:00Z,19,Nice,Store NPS,,,,,,\n`;
    const r = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/responses/imports?fileName=bad.csv',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/octet-stream' },
      payload: bad,
    });
    expect(r.statusCode, r.body).toBe(202);
    const id = r.json().id as string;
    let state = r.json();
    for (let i = 0; i < 100 && state.status === 'running'; i++) {
      await new Promise((done) => setTimeout(done, 100));
      state = (
        await centric.app.inject({
          method: 'GET',
          url: `/api/v1/responses/imports/${id}`,
          headers: { cookie },
        })
      ).json();
    }
    expect(state).toMatchObject({ status: 'rejected', badLines: 1 });
    expect(state.summary.issues).toEqual([
      { line: 2, message: expect.stringMatching(/score 19 is outside/) },
    ]);
    expect((await counts(centric, orgId)).responses).toBe(2);
    const list = (
      await centric.app.inject({ method: 'GET', url: '/api/v1/responses/imports', headers: { cookie } })
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('previews the first lines as they would be imported, with errors and what would be created', async () => {
    const text = `${HEADER}\n2026-10-01T10:00:00Z,9,Nice,Store NPS,,,,,,\n2026-10-01T10:00:00Z,9,Nice,New survey,,,,,,\nnot a date,9,,Store NPS,,,,,,\n`;
    const r = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/responses/imports/preview?format=centric&createMissing=true',
      headers: { cookie, origin: ORIGIN, 'content-type': 'text/csv' },
      payload: text,
    });
    expect(r.statusCode, r.body).toBe(200);
    const preview = r.json();
    expect(preview.rows.map((row: { status: string }) => row.status)).toEqual(['ok', 'ok', 'error']);
    expect(preview.rows[2].message).toMatch(/not a date/);
    expect(preview.wouldCreate).toEqual(['survey "New survey"']);
    expect((await counts(centric, orgId)).surveys).toBe(2);
  });

  it('refuses an empty upload and a role below admin', async () => {
    const empty = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/responses/imports?wait=true',
      headers: { cookie, origin: ORIGIN, 'content-type': 'text/csv' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
    const untyped = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/responses/imports?wait=true',
      headers: { cookie, origin: ORIGIN },
      payload: 'responded_at,score,survey\n',
    });
    expect(untyped.statusCode, untyped.body).toBe(200);
    expect(untyped.json().issues[0].message).toMatch(/a header but no lines/);
    const manager = await centric.person(orgId, 'manager');
    const refused = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/responses/imports?wait=true',
      headers: { cookie: manager.cookie, origin: ORIGIN, 'content-type': 'text/csv' },
      payload: good,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('refuses the same file again with 409 naming the earlier import, unless allowDuplicate', async () => {
    const before = (await counts(centric, orgId)).responses;
    const post = (query: string) =>
      centric.app.inject({
        method: 'POST',
        url: `/api/v1/responses/imports?fileName=again.csv&${query}`,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
        payload: good,
      });
    for (const query of ['wait=true', 'wait=false']) {
      const refused = await post(query);
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error.message).toMatch(
        /^again\.csv is a file already imported: the same bytes as "october\.csv", imported on 2026-11-02 09:00 UTC \(2 response\(s\), import \S+\)\. Importing it again would duplicate its responses, so nothing was imported \(send allowDuplicate=true to import it again anyway\)$/,
      );
      expect(refused.json().error.details.duplicateOf).toMatchObject({
        fileName: 'october.csv',
        imported: 2,
      });
    }
    const checked = await post('wait=true&dryRun=true');
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toMatchObject({
      status: 'checked',
      duplicateOf: { fileName: 'october.csv' },
      warnings: [expect.stringMatching(/refused unless a duplicate is allowed/)],
    });
    expect((await counts(centric, orgId)).responses).toBe(before);
    const forced = await post('wait=true&allowDuplicate=true');
    expect(forced.statusCode, forced.body).toBe(200);
    expect(forced.json()).toMatchObject({
      status: 'applied',
      imported: 2,
      duplicateOf: { fileName: 'october.csv' },
    });
    expect((await counts(centric, orgId)).responses).toBe(before + 2);
    const listed = (
      await centric.app.inject({ method: 'GET', url: '/api/v1/responses/imports', headers: { cookie } })
    ).json();
    expect(listed.items[0]).toMatchObject({
      status: 'applied',
      summary: { duplicateOf: { fileName: 'october.csv' } },
    });
  });
});
