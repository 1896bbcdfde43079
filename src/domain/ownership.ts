/**
 * Sluitend eigenaarschap: every risk, action and control has someone responsible for it, and that
 * someone is still in the team.
 *
 * Won't-have actions take no one's time, so they need neither an owner nor a due date, and an
 * owner who left is not flagged on them either. Done actions and closed risks are history and are
 * not checked. Accepted risks are checked: someone must still own the acceptance.
 */
import type { Action, Control, Person, Risk } from './model';

/** The kind of record an ownership issue points to. */
export type OwnedRecordKind = 'risk' | 'action' | 'control';

/** The role a departed person still holds on a record. */
export type OwnerRole = 'riskOwner' | 'actionOwner' | 'actionPlanOwner' | 'responsible';

/** One open point in the ownership check. */
export type OwnershipIssue =
  | { kind: 'riskWithoutOwner'; record: 'risk'; key: string; title: string }
  | { kind: 'actionWithoutOwner'; record: 'action'; key: string; title: string }
  | { kind: 'actionWithoutDueDate'; record: 'action'; key: string; title: string }
  | { kind: 'controlWithoutResponsible'; record: 'control'; key: string; title: string }
  | {
      kind: 'ownerLeft';
      record: OwnedRecordKind;
      key: string;
      title: string;
      role: OwnerRole;
      person: Person;
    };

function departed(person: Person | undefined, memberIds: ReadonlySet<string>): person is Person {
  return person !== undefined && !memberIds.has(person.id);
}

function riskIssues(risk: Risk, memberIds: ReadonlySet<string>): OwnershipIssue[] {
  if (risk.status === 'closed') return [];
  const base = { record: 'risk' as const, key: risk.key, title: risk.title };
  const issues: OwnershipIssue[] = [];
  if (!risk.riskOwner) issues.push({ kind: 'riskWithoutOwner', ...base });
  const holders: [OwnerRole, Person | undefined][] = [
    ['riskOwner', risk.riskOwner],
    ['actionOwner', risk.actionOwner],
    ...(risk.actionOwners ?? []).map((person): [OwnerRole, Person] => ['actionOwner', person]),
  ];
  for (const [role, person] of holders) {
    if (departed(person, memberIds)) issues.push({ kind: 'ownerLeft', ...base, role, person });
  }
  return issues;
}

function actionIssues(action: Action, memberIds: ReadonlySet<string>): OwnershipIssue[] {
  if (action.moscow === 'wont' || action.status === 'done') return [];
  const base = { record: 'action' as const, key: action.key, title: action.title };
  const issues: OwnershipIssue[] = [];
  if (!action.owner) issues.push({ kind: 'actionWithoutOwner', ...base });
  if (!action.dueDate) issues.push({ kind: 'actionWithoutDueDate', ...base });
  if (departed(action.owner, memberIds)) {
    issues.push({ kind: 'ownerLeft', ...base, role: 'actionPlanOwner', person: action.owner });
  }
  return issues;
}

/**
 * True when a control has a responsible party: inside the bestuur a named person, outside it a
 * named external party. A person who follows up an external party is welcome but not required.
 */
export function hasResponsibleParty(control: Control): boolean {
  if (control.responsibility === 'internal') return control.responsible !== undefined;
  if (control.responsibility === 'external') return Boolean(control.externalParty?.trim());
  return false;
}

function controlIssues(control: Control, memberIds: ReadonlySet<string>): OwnershipIssue[] {
  const base = { record: 'control' as const, key: control.key, title: control.title };
  const issues: OwnershipIssue[] = [];
  if (!hasResponsibleParty(control)) issues.push({ kind: 'controlWithoutResponsible', ...base });
  if (departed(control.responsible, memberIds)) {
    issues.push({ kind: 'ownerLeft', ...base, role: 'responsible', person: control.responsible });
  }
  return issues;
}

/** The records to check and the team's current members. */
export interface OwnershipInput {
  risks: readonly Risk[];
  actions: readonly Action[];
  controls: readonly Control[];
  members: readonly Person[];
}

/** Lists every open ownership point: risks first, then actions, then controls. */
export function findOwnershipIssues(input: OwnershipInput): OwnershipIssue[] {
  const memberIds = new Set(input.members.map((member) => member.id));
  return [
    ...input.risks.flatMap((risk) => riskIssues(risk, memberIds)),
    ...input.actions.flatMap((action) => actionIssues(action, memberIds)),
    ...input.controls.flatMap((control) => controlIssues(control, memberIds)),
  ];
}

/** True when the ownership is sluitend: no open point at all. */
export function ownershipComplete(issues: readonly OwnershipIssue[]): boolean {
  return issues.length === 0;
}
