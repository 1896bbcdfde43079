/** The editor's working copy of a risk, and the checks it must pass before it is saved. */
import type { RiskDomainId } from '../../../content/model';
import type { Risk } from '../../../domain/model';
import { checkTitle, type TitleProblem } from './titleRules';

/** A risk being edited, whose domain may still be unchosen. */
export type RiskDraft = Omit<Risk, 'domain'> & { domain?: RiskDomainId };

/** Problems that block saving, per field. */
export interface RiskDraftProblems {
  title?: TitleProblem;
  domain?: 'required';
  /** An accepted risk records why it is accepted. */
  acceptanceReason?: 'required';
  /** An accepted risk records until when the acceptance holds, so it comes back for review. */
  acceptedUntil?: 'required';
}

/** Starts a new, unsaved risk with a fresh client key. */
export function newRiskDraft(init: Partial<RiskDraft> = {}): RiskDraft {
  return {
    key: crypto.randomUUID(),
    title: '',
    description: '',
    cause: '',
    likelihood: 3,
    impact: 3,
    status: 'open',
    origin: 'own',
    ...init,
  };
}

/** Checks a draft and returns either its problems or the risk ready to save. */
export function validateDraft(
  draft: RiskDraft,
): { problems: RiskDraftProblems; risk?: undefined } | { problems?: undefined; risk: Risk } {
  const problems: RiskDraftProblems = {};
  const title = checkTitle(draft.title);
  if (title) problems.title = title;
  if (!draft.domain) problems.domain = 'required';
  if (draft.treatment === 'accept') {
    if (!draft.acceptance?.reason.trim()) problems.acceptanceReason = 'required';
    if (!draft.acceptance?.until) problems.acceptedUntil = 'required';
  }
  if (Object.keys(problems).length > 0 || !draft.domain) return { problems };
  return { risk: { ...draft, domain: draft.domain } };
}
