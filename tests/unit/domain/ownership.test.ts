import { describe, expect, it } from 'vitest';
import type { Action, Control, Person, Risk } from '../../../src/domain/model';
import {
  findOwnershipIssues,
  hasResponsibleParty,
  ownershipComplete,
} from '../../../src/domain/ownership';

const an: Person = { id: 'u-an', userPrincipalName: 'an@demo.local', displayName: 'An Peeters' };
const els: Person = {
  id: 'u-els',
  userPrincipalName: 'els@demo.local',
  displayName: 'Els Janssens',
};
const members = [an];

function risk(init: Partial<Risk> = {}): Risk {
  return {
    key: 'r1',
    title: 'Ransomware',
    description: '',
    domain: 'd8',
    cause: '',
    likelihood: 3,
    impact: 4,
    status: 'open',
    origin: 'own',
    riskOwner: an,
    ...init,
  };
}

function action(init: Partial<Action> = {}): Action {
  return {
    key: 'a1',
    title: 'Back-ups testen',
    description: '',
    moscow: 'must',
    owner: an,
    dueDate: '2027-03-01',
    status: 'open',
    percentComplete: 0,
    ...init,
  };
}

function control(init: Partial<Control> = {}): Control {
  return {
    key: 'c1',
    title: 'Patchbeheer',
    description: '',
    domains: ['d8'],
    riskKeys: ['r1'],
    responsibility: 'internal',
    responsible: an,
    ...init,
  };
}

const none = { risks: [], actions: [], controls: [], members };

describe('findOwnershipIssues', () => {
  it('finds nothing when every record is owned', () => {
    const issues = findOwnershipIssues({
      risks: [risk()],
      actions: [action()],
      controls: [control()],
      members,
    });

    expect(issues).toEqual([]);
    expect(ownershipComplete(issues)).toBe(true);
  });

  it('flags a risk without risk owner', () => {
    const issues = findOwnershipIssues({ ...none, risks: [risk({ riskOwner: undefined })] });

    expect(issues.map((issue) => issue.kind)).toEqual(['riskWithoutOwner']);
    expect(ownershipComplete(issues)).toBe(false);
  });

  it('ignores a closed risk', () => {
    const issues = findOwnershipIssues({
      ...none,
      risks: [risk({ riskOwner: undefined, status: 'closed' })],
    });

    expect(issues).toEqual([]);
  });

  it('flags an action without owner and without due date', () => {
    const issues = findOwnershipIssues({
      ...none,
      actions: [action({ owner: undefined, dueDate: undefined })],
    });

    expect(issues.map((issue) => issue.kind)).toEqual([
      'actionWithoutOwner',
      'actionWithoutDueDate',
    ]);
  });

  it("leaves a Won't-have action without owner alone", () => {
    const issues = findOwnershipIssues({
      ...none,
      actions: [action({ moscow: 'wont', owner: undefined, dueDate: undefined })],
    });

    expect(issues).toEqual([]);
  });

  it('leaves a done action alone', () => {
    const issues = findOwnershipIssues({
      ...none,
      actions: [action({ status: 'done', owner: undefined })],
    });

    expect(issues).toEqual([]);
  });

  it('flags a control without responsibility', () => {
    const issues = findOwnershipIssues({
      ...none,
      controls: [control({ responsibility: undefined, responsible: undefined })],
    });

    expect(issues.map((issue) => issue.kind)).toEqual(['controlWithoutResponsible']);
  });

  it('flags owners who left the team, per role', () => {
    const issues = findOwnershipIssues({
      risks: [risk({ riskOwner: els, actionOwners: [els] })],
      actions: [action({ owner: els })],
      controls: [control({ responsible: els })],
      members,
    });

    const left = issues.filter((issue) => issue.kind === 'ownerLeft');
    expect(left.map((issue) => [issue.record, issue.kind === 'ownerLeft' && issue.role])).toEqual([
      ['risk', 'riskOwner'],
      ['risk', 'actionOwner'],
      ['action', 'actionPlanOwner'],
      ['control', 'responsible'],
    ]);
  });
});

describe('hasResponsibleParty', () => {
  it('needs a person for an internal control', () => {
    expect(hasResponsibleParty(control({ responsible: undefined }))).toBe(false);
    expect(hasResponsibleParty(control())).toBe(true);
  });

  it('needs a party name for an external control', () => {
    const external = control({ responsibility: 'external', responsible: undefined });

    expect(hasResponsibleParty({ ...external, externalParty: '  ' })).toBe(false);
    expect(hasResponsibleParty({ ...external, externalParty: 'ICT-partner Zonnedorp' })).toBe(true);
  });
});
