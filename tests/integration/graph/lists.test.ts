import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, Answer, Risk } from '../../../src/domain/model';
import { GraphRequestError, GraphValidationError } from '../../../src/graph';
import type { RisicoradarStore } from '../../../src/graph/store';
import { GROUP_ID, startStandIn, type StandIn } from './standIn';

let standIn: StandIn;
let store: RisicoradarStore;

beforeAll(async () => {
  standIn = await startStandIn();
  store = standIn.session().openStore({ groupId: GROUP_ID });
  await store.provision();
});

afterAll(async () => {
  await standIn?.close();
});

function risk(key: string, title: string): Risk {
  return {
    key,
    title,
    description: 'Back-ups worden niet getest.',
    domain: 'd7',
    cause: 'Geen procedure',
    likelihood: 3,
    impact: 4,
    status: 'open',
    origin: 'own',
  };
}

function action(key: string, title: string): Action {
  return {
    key,
    title,
    description: '',
    moscow: 'must',
    status: 'open',
    percentComplete: 0,
  };
}

describe('list repositories', () => {
  it('round-trips a risk with owners', async () => {
    const owner = { id: 'u-1', userPrincipalName: 'griet@zonnedorp.example', displayName: 'Griet' };
    const created = await store.risks.create({
      ...risk('risk-owned', 'Back-up'),
      riskOwner: owner,
    });

    const [stored] = (await store.risks.list()).filter((item) => item.key === 'risk-owned');

    expect(stored!.id).toBe(created.id);
    expect(stored!.riskOwner).toEqual(owner);
    expect(stored!.likelihood).toBe(3);
    expect(stored!.actionOwner).toBeUndefined();
  });

  it('surfaces a stale ETag as a conflict', async () => {
    const created = await store.risks.create(risk('risk-stale', 'Patchbeheer'));
    await store.risks.update({ ...created, title: 'Patchbeheer (eerste)' });

    const stale = store.risks.update({ ...created, title: 'Patchbeheer (tweede)' });

    await expect(stale).rejects.toBeInstanceOf(GraphRequestError);
    await expect(stale).rejects.toMatchObject({ status: 412, kind: 'conflict', isConflict: true });
  });

  it('returns the first item when a create is repeated', async () => {
    const first = await store.actions.create(action('action-twice', 'Tweemaal'));
    const second = await store.actions.create(action('action-twice', 'Tweemaal'));

    expect(second.id).toBe(first.id);
    const matches = (await store.actions.list()).filter((item) => item.key === 'action-twice');
    expect(matches).toHaveLength(1);
  });

  it('retries a dropped create without a duplicate', async () => {
    await standIn.control('POST', '/faults', {
      action: 'drop',
      count: 1,
      method: 'POST',
      url: '/items$',
    });

    const session = standIn.session();
    const local = session.openStore({ groupId: GROUP_ID });
    await local.actions.list();
    const before = session.requestCount();

    const created = await local.actions.create(action('action-dropped', 'Verloren antwoord'));

    expect(created.id).toBeTruthy();
    // The dropped create, then the look-up by key that finds it.
    expect(session.requestCount() - before).toBe(2);
    const matches = (await store.actions.list()).filter((item) => item.key === 'action-dropped');
    expect(matches).toHaveLength(1);
  });

  it('rejects a 256-character title before any request', async () => {
    const session = standIn.session();
    const local = session.openStore({ groupId: GROUP_ID });
    const before = session.requestCount();

    const attempt = local.actions.create(action('action-long', 'x'.repeat(256)));

    await expect(attempt).rejects.toBeInstanceOf(GraphValidationError);
    await expect(attempt).rejects.toMatchObject({ field: 'title', maxLength: 255 });
    expect(session.requestCount()).toBe(before);
  });

  it('rejects an invalid due date before any request', async () => {
    const attempt = store.actions.create({
      ...action('action-date', 'Datum'),
      dueDate: '31/03/2027',
    });

    await expect(attempt).rejects.toBeInstanceOf(GraphValidationError);
    await expect(attempt).rejects.toMatchObject({ field: 'dueDate', reason: 'invalidDate' });
  });

  it('accepts a 255-character title', async () => {
    const created = await store.actions.create(action('action-255', 'y'.repeat(255)));
    expect(created.title).toHaveLength(255);
  });
});

describe('hostile input', () => {
  const titles = [
    '<script>alert("x")</script>',
    "Risico's van 'legacy' software",
    'Dubbele "aanhalingstekens"',
    'Typografische ’apostrof’',
    'Emoji 🔥🛡️ in titel',
    '  spaties aan beide kanten  ',
    "a' or fields/ClientKey ne 'b",
    '50% & meer #1 ?x=y',
  ];

  it.each(titles)('round-trips %j exactly', async (title) => {
    const key = `hostile-${titles.indexOf(title)}-${title}`;
    const first = await store.actions.create({ ...action(key, title), description: title });
    // A second create conflicts on the key and looks it up with a filter on the hostile text.
    const again = await store.actions.create({ ...action(key, 'ander'), description: '' });

    const matches = (await store.actions.list()).filter((item) => item.key === key);

    expect(again.id).toBe(first.id);
    expect(again.title).toBe(title);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.title).toBe(title);
    expect(matches[0]!.description).toBe(title);
  });

  it('keeps a filter on a hostile key to that key', async () => {
    const key = "k' or fields/ClientKey ne 'k";
    await store.rounds.create({ key, name: 'Ronde met quote', referenceDate: '2026-12-04' });
    await store.rounds.create({ key: 'k', name: 'Gewone ronde', referenceDate: '2026-12-04' });

    const again = await store.rounds.create({ key, name: 'x', referenceDate: '2026-12-04' });

    expect(again.name).toBe('Ronde met quote');
  });
});

describe('answers', () => {
  const answer = (value: string): Answer => ({
    key: `answer-${value}`,
    roundKey: 'round-2026',
    questionId: 'q15',
    rowKey: 'd3',
    value: { kind: 'grid', row: 'd3', column: value },
  });

  it('saves one item per round, question and row', async () => {
    await store.answers.save(answer('low'));
    await store.answers.save(answer('high'));

    const answers = await store.answers.list('round-2026');

    expect(answers).toHaveLength(1);
    expect(answers[0]!.value).toEqual({ kind: 'grid', row: 'd3', column: 'high' });
  });
});

describe('paging', () => {
  it('reads all 260 items over several pages', async () => {
    const { api } = standIn.graphApi();
    const site = (await api.get<{ id: string }>(`/groups/${GROUP_ID}/sites/root`)).id;
    const lists = await api.pages<{ id: string; displayName: string }>(`/sites/${site}/lists`);
    const risks = lists.find((list) => list.displayName === 'Risicoradar risico’s')!;
    const creates = Array.from({ length: 260 }, (_, index) => ({
      method: 'POST' as const,
      url: `/sites/${site}/lists/${risks.id}/items`,
      body: { fields: { Title: `Risico ${index}`, ClientKey: `paged-${index}`, Domain: 'd1' } },
    }));
    const results = await api.batch(creates);
    expect(results.every((result) => result.status === 201)).toBe(true);

    const all = await store.risks.list();

    expect(all.filter((item) => item.key.startsWith('paged-'))).toHaveLength(260);
  });
});
