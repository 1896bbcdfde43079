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
  if (problems.title || problems.domain || !draft.domain) return { problems };
  return { risk: { ...draft, domain: draft.domain } };
}
