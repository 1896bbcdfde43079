import { describe, expect, it } from 'vitest';
import { SITE, freshStandIn } from './helpers';

type DeltaPage = {
  value: { id: string; fields?: { Title: string }; deleted?: { state: string } }[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
};

async function withItems(count: number) {
  const standIn = freshStandIn();
  const token = await standIn.token('koen.maes@zonnedorp.example');
  await standIn.call(token, 'POST', `${SITE}/lists`, { displayName: 'Actie', columns: [] });
  const items = `${SITE}/lists/Actie/items`;
  for (let index = 1; index <= count; index += 1) {
    await standIn.call(token, 'POST', items, { fields: { Title: `A${index}` } });
  }
  const follow = async (link: string): Promise<DeltaPage> => {
    const url = new URL(link);
    const response = await standIn.call(
      token,
      'GET',
      url.pathname.replace('/v1.0', '') + url.search,
    );
    expect(response.status).toBe(200);
    return (await response.json()) as DeltaPage;
  };
  return { ...standIn, token, items, follow };
}

describe('item delta', () => {
  it('returns all items, then only changes and deletions', async () => {
    const { call, token, items, follow } = await withItems(3);
    const first = await follow(`https://localhost/v1.0${items}/delta?$expand=fields`);
    expect(first.value.map((item) => item.id)).toEqual(['1', '2', '3']);
    expect(first.value[0]?.fields?.Title).toBe('A1');
    expect(first['@odata.deltaLink']).toContain('token=');

    await call(token, 'PATCH', `${items}/2/fields`, { Title: 'A2 bis' });
    await call(token, 'DELETE', `${items}/3`);
    const second = await follow(first['@odata.deltaLink'] as string);
    expect(second.value.map((item) => item.id)).toEqual(['2', '3']);
    expect(second.value[0]?.fields?.Title).toBe('A2 bis');
    expect(second.value[1]?.deleted).toEqual({ state: 'deleted' });

    const third = await follow(second['@odata.deltaLink'] as string);
    expect(third.value).toEqual([]);
  });

  it('pages with next links until a delta link', async () => {
    const { items, follow } = await withItems(5);
    const first = await follow(`https://localhost/v1.0${items}/delta?$top=2`);
    expect(first.value).toHaveLength(2);
    const second = await follow(first['@odata.nextLink'] as string);
    const third = await follow(second['@odata.nextLink'] as string);
    expect(third.value.map((item) => item.id)).toEqual(['5']);
    expect(third['@odata.deltaLink']).toBeDefined();
  });

  it('starts from now with token=latest', async () => {
    const { call, token, items, follow } = await withItems(2);
    const latest = await follow(`https://localhost/v1.0${items}/delta?token=latest`);
    expect(latest.value).toEqual([]);
    await call(token, 'POST', items, { fields: { Title: 'Nieuw' } });
    const changes = await follow(latest['@odata.deltaLink'] as string);
    expect(changes.value.map((item) => item.id)).toEqual(['3']);
  });

  it('rejects an invalid token with 410', async () => {
    const { call, token, items } = await withItems(0);
    const response = await call(token, 'GET', `${items}/delta?token=nonsense`);
    expect(response.status).toBe(410);
    expect(response.headers.get('location')).toContain('/items/delta');
  });
});
