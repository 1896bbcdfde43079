import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Risk } from '../../../src/domain/model';
import { dueReviews, reviewActions } from '../../../src/domain/reviewDates';
import type { RisicoradarStore } from '../../../src/graph/store';
import { DEMO_USERS, GROUP_ID, startStandIn, USER_IDS, type StandIn } from './standIn';

const TODAY = '2026-12-04';
const OWNER = DEMO_USERS.find((user) => user.id === USER_IDS.ictOfficer)!;

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

const DUE_RISK: Risk = {
  key: 'risk-patch',
  title: 'Patches worden laat geïnstalleerd',
  description: '',
  domain: 'd8',
  cause: '',
  likelihood: 4,
  impact: 4,
  status: 'open',
  origin: 'own',
  riskOwner: {
    id: OWNER.id,
    userPrincipalName: OWNER.userPrincipalName,
    displayName: OWNER.displayName,
  },
  lastReview: '2026-06-01',
  nextReview: '2026-11-28',
};

/** Stores the review actions the start page would store, then pushes all actions. */
async function openTabAndPush() {
  const risks = await store.risks.list();
  const actions = await store.actions.list();
  const due = dueReviews(risks, actions, TODAY);
  for (const action of reviewActions(due, actions, (risk) => `Risico herzien: ${risk.title}`)) {
    await store.actions.create(action);
  }
  return store.planner.push(await store.actions.list());
}

describe('review tasks in Planner', () => {
  it('creates one Must task for the owner, even when pushed twice', async () => {
    await store.risks.create(DUE_RISK);

    const first = await openTabAndPush();
    const second = await openTabAndPush();

    expect(first.created).toBe(1);
    expect(second.created).toBe(0);
    const [action] = await store.actions.list();
    expect(action!.key).toBe('review-risk-patch-2026-11-28');
    expect(action!.owner?.id).toBe(OWNER.id);
    expect(action!.dueDate).toBe('2026-11-28');
    expect(action!.moscow).toBe('must');
    expect(action!.plannerTaskId).toBeDefined();
  });
});
