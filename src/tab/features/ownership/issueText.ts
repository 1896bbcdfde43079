/** Words one ownership issue for the list. */
import type { OwnershipIssue, OwnerRole } from '../../../domain/ownership';
import { ownershipMessages } from './messages';

type OwnershipMessageKey = keyof (typeof ownershipMessages)['nl'];
type Translate = (key: OwnershipMessageKey, params?: Record<string, string | number>) => string;

const LEFT_KEYS: Record<OwnerRole, OwnershipMessageKey> = {
  riskOwner: 'ownerLeftRiskOwner',
  actionOwner: 'ownerLeftActionOwner',
  actionPlanOwner: 'ownerLeftActionPlanOwner',
  responsible: 'ownerLeftResponsible',
};

/** Returns the sentence that names what is open on the record. */
export function issueText(issue: OwnershipIssue, t: Translate): string {
  if (issue.kind === 'ownerLeft')
    return t(LEFT_KEYS[issue.role], { name: issue.person.displayName });
  return t(issue.kind);
}
