import { describe, expect, it } from 'vitest';
import { GROUP_ID, SITE_ID } from '../../../src/local-m365/seed';
import { SITE, freshStandIn } from './helpers';

const ICT_OFFICER = 'koen.maes@zonnedorp.example';

async function withRiskList() {
  const standIn = freshStandIn();
  const token = await standIn.token(ICT_OFFICER);
  const created = await standIn.call(token, 'POST', `${SITE}/lists`, {
    displayName: 'Risico',
    columns: [
      { name: 'RiskKey', text: { maxLength: 64 }, enforceUniqueValues: true, indexed: true },
      { name: 'Status', choice: { choices: ['Open', 'Afgehandeld'] }, indexed: true },
      { name: 'Score', number: {} },
      { name: 'Note', text: { allowMultipleLines: true } },
      { name: 'Domains', choice: { choices: ['A', 'B'] } },
      { name: 'DueDate', dateTime: { format: 'dateOnly' } },
    ],
    list: { template: 'genericList' },
  });
  expect(created.status).toBe(201);
  const list = (await created.json()) as { id: string };
  return { ...standIn, token, listId: list.id, items: `${SITE}/lists/${list.id}/items` };
}

describe('site lookup', () => {
  it('returns the team site for the group', async () => {
    const standIn = freshStandIn();
    const response = await standIn.call(
      await standIn.token(ICT_OFFICER),
      'GET',
      `/groups/${GROUP_ID}/sites/root`,
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe(SITE_ID);
  });
});

describe('list provisioning', () => {
  it('adds Title to a generic list and returns columns on expand', async () => {
    const { call, token, listId } = await withRiskList();
    const response = await call(token, 'GET', `${SITE}/lists/${listId}?$expand=columns`);
    expect(response.status).toBe(200);
    const list = (await response.json()) as { columns: { name: string; indexed: boolean }[] };
    const names = list.columns.map((column) => column.name);
    expect(names).toContain('Title');
    expect(names).toContain('RiskKey');
  });

  it('finds a list by display name and by filter', async () => {
    const { call, token } = await withRiskList();
    const byName = await call(token, 'GET', `${SITE}/lists/Risico`);
    expect(byName.status).toBe(200);
    const filtered = await call(
      token,
      'GET',
      `${SITE}/lists?$filter=displayName eq 'Risico'&$select=id,displayName`,
    );
    const body = (await filtered.json()) as { value: Record<string, unknown>[] };
    expect(body.value).toHaveLength(1);
    expect(Object.keys(body.value[0] ?? {})).not.toContain('webUrl');
  });

  it('rejects a second list with the same name', async () => {
    const { call, token } = await withRiskList();
    const response = await call(token, 'POST', `${SITE}/lists`, {
      displayName: 'Risico',
      columns: [],
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'nameAlreadyExists',
    );
  });

  it('adds a column later for a schema upgrade', async () => {
    const { call, token, listId, items } = await withRiskList();
    const added = await call(token, 'POST', `${SITE}/lists/${listId}/columns`, {
      name: 'Owner',
      text: {},
    });
    expect(added.status).toBe(201);
    const item = await call(token, 'POST', items, { fields: { Title: 'x', Owner: 'Koen' } });
    expect(item.status).toBe(201);
  });

  it('rejects a column name that is not ASCII', async () => {
    const { call, token, listId } = await withRiskList();
    const response = await call(token, 'POST', `${SITE}/lists/${listId}/columns`, {
      name: 'Privé',
      text: {},
    });
    expect(response.status).toBe(400);
  });
});

describe('list items', () => {
  it('creates an item with a numeric id and an ETag', async () => {
    const { call, token, items } = await withRiskList();
    const response = await call(token, 'POST', items, {
      fields: { Title: 'Back-ups', RiskKey: 'R1', Score: 12 },
    });
    expect(response.status).toBe(201);
    const item = (await response.json()) as { id: string; eTag: string; '@odata.etag': string };
    expect(item.id).toBe('1');
    expect(item.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(item['@odata.etag']).toBe(item.eTag);
  });

  it('rejects a PATCH with a stale If-Match', async () => {
    const { call, token, items } = await withRiskList();
    const created = (await (
      await call(token, 'POST', items, { fields: { Title: 'a' } })
    ).json()) as { id: string; eTag: string };
    const first = await call(
      token,
      'PATCH',
      `${items}/${created.id}/fields`,
      { Score: 1 },
      { 'if-match': created.eTag },
    );
    expect(first.status).toBe(200);
    expect(((await first.json()) as { Score: number }).Score).toBe(1);

    const stale = await call(
      token,
      'PATCH',
      `${items}/${created.id}/fields`,
      { Score: 2 },
      { 'if-match': created.eTag },
    );
    expect(stale.status).toBe(412);
    const current = (await (
      await call(token, 'GET', `${items}/${created.id}?$expand=fields`)
    ).json()) as { fields: { Score: number } };
    expect(current.fields.Score).toBe(1);
  });

  it('accepts If-Match * and deletes with 204', async () => {
    const { call, token, items } = await withRiskList();
    await call(token, 'POST', items, { fields: { Title: 'a' } });
    const deleted = await call(token, 'DELETE', `${items}/1`, undefined, { 'if-match': '*' });
    expect(deleted.status).toBe(204);
    expect((await call(token, 'GET', `${items}/1`)).status).toBe(404);
  });

  it('rejects a duplicate value in a unique column', async () => {
    const { call, token, items } = await withRiskList();
    expect(
      (await call(token, 'POST', items, { fields: { Title: 'a', RiskKey: 'R7' } })).status,
    ).toBe(201);
    const duplicate = await call(token, 'POST', items, { fields: { Title: 'b', RiskKey: 'r7' } });
    expect(duplicate.status).toBe(409);
    expect(((await duplicate.json()) as { error: { message: string } }).error.message).toContain(
      'RiskKey',
    );
  });

  it('rejects single-line text over 255 characters', async () => {
    const { call, token, items } = await withRiskList();
    const exact = await call(token, 'POST', items, { fields: { Title: 'x'.repeat(255) } });
    expect(exact.status).toBe(201);
    const over = await call(token, 'POST', items, { fields: { Title: 'x'.repeat(256) } });
    expect(over.status).toBe(400);
    expect(((await over.json()) as { error: { message: string } }).error.message).toContain('255');
  });

  it('stores 10,000 characters in multi-line text', async () => {
    const { call, token, items } = await withRiskList();
    const note = 'é'.repeat(10_000);
    const response = await call(token, 'POST', items, { fields: { Title: 'a', Note: note } });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { fields: { Note: string } }).fields.Note).toBe(note);
  });

  it('stores multi-choice values with their type annotation', async () => {
    const { call, token, items } = await withRiskList();
    const withoutType = await call(token, 'POST', items, {
      fields: { Title: 'a', Domains: ['A'] },
    });
    expect(withoutType.status).toBe(400);
    const response = await call(token, 'POST', items, {
      fields: { Title: 'a', Domains: ['A', 'B'], 'Domains@odata.type': 'Collection(Edm.String)' },
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { fields: { Domains: string[] } }).fields.Domains).toEqual([
      'A',
      'B',
    ]);
  });

  it('rejects an unknown field', async () => {
    const { call, token, items } = await withRiskList();
    const response = await call(token, 'POST', items, { fields: { Title: 'a', Nope: 1 } });
    expect(response.status).toBe(400);
  });

  it('lists versions with fields and editor', async () => {
    const { call, token, items } = await withRiskList();
    await call(token, 'POST', items, { fields: { Title: 'v1' } });
    await call(token, 'PATCH', `${items}/1/fields`, { Title: 'v2' });
    const response = await call(token, 'GET', `${items}/1/versions`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      value: { id: string; fields: { Title: string }; lastModifiedBy: unknown }[];
    };
    expect(body.value.map((version) => version.id)).toEqual(['2.0', '1.0']);
    expect(body.value[1]?.fields.Title).toBe('v1');
    expect(body.value[0]?.lastModifiedBy).toBeDefined();
  });
});

describe('item queries', () => {
  it('filters on an indexed column with quotes doubled', async () => {
    const { call, token, items } = await withRiskList();
    await call(token, 'POST', items, { fields: { Title: 'a', Status: "Open 'x'" } });
    await call(token, 'POST', items, { fields: { Title: 'b', Status: 'Afgehandeld' } });
    const filter = encodeURIComponent(
      "fields/Status eq 'Open ''x''' or startswith(fields/Status,'Afg')",
    );
    const response = await call(
      token,
      'GET',
      `${items}?$expand=fields(select=Title)&$filter=${filter}`,
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { value: unknown[] }).value).toHaveLength(2);
  });

  it('rejects a filter on a non-indexed column without Prefer', async () => {
    const { call, token, items } = await withRiskList();
    const path = `${items}?$filter=${encodeURIComponent('fields/Score gt 3')}`;
    const rejected = await call(token, 'GET', path);
    expect(rejected.status).toBe(400);
    expect(((await rejected.json()) as { error: { message: string } }).error.message).toContain(
      'HonorNonIndexedQueriesWarningMayFailRandomly',
    );
    const allowed = await call(token, 'GET', path, undefined, {
      prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
    });
    expect(allowed.status).toBe(200);
  });

  it('pages 250 items with absolute next links', async () => {
    const { call, token, items } = await withRiskList();
    for (let index = 0; index < 250; index += 1)
      await call(token, 'POST', items, { fields: { Title: `R${index}` } });
    const first = await call(token, 'GET', `${items}?expand=fields`);
    const page1 = (await first.json()) as { value: unknown[]; '@odata.nextLink': string };
    expect(page1.value).toHaveLength(200);
    expect(page1['@odata.nextLink']).toMatch(/^https?:\/\/localhost\/v1\.0\/sites\//);
    const next = new URL(page1['@odata.nextLink']);
    const second = await call(token, 'GET', next.pathname.replace('/v1.0', '') + next.search);
    const page2 = (await second.json()) as { value: { id: string }[]; '@odata.nextLink'?: string };
    expect(page2.value).toHaveLength(50);
    expect(page2.value[0]?.id).toBe('201');
    expect(page2['@odata.nextLink']).toBeUndefined();
  });

  it('pages by $top', async () => {
    const { call, token, items } = await withRiskList();
    for (let index = 0; index < 3; index += 1)
      await call(token, 'POST', items, { fields: { Title: `R${index}` } });
    const response = await call(token, 'GET', `${items}?$top=2`);
    const body = (await response.json()) as { value: unknown[]; '@odata.nextLink'?: string };
    expect(body.value).toHaveLength(2);
    expect(body['@odata.nextLink']).toContain('skiptoken');
  });
});
