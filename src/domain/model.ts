/** The bestuur's own records, as the tab and the Graph layer exchange them. Dates are date-only strings. */
import type {
  AnswerValue,
  IctTypeId,
  MoscowClass,
  QuestionId,
  RiskDomainId,
} from '../content/model';
import type { RiskLevel, ScaleStep } from './riskScore';
import type { StepStates } from './typeProgress';

/** A calendar date without time zone, `YYYY-MM-DD`. Never converted to an instant. */
export type DateOnly = string;

/** A person, stored as Entra object id, user principal name and display name. */
export interface Person {
  id: string;
  userPrincipalName: string;
  displayName: string;
}

/** Fields every stored record carries. `id` is the SharePoint list item id; `key` the client key. */
export interface StoredRecord {
  /** SharePoint list item id, absent before the first save. */
  id?: string;
  /** Client key, unique per list, chosen before the first write so a retried create finds the first one. */
  key: string;
  /** The item's ETag from the last read or write; sent as If-Match. */
  etag?: string;
  modified?: string;
}

/** One filling-in of the self-assessment. */
export interface Round extends StoredRecord {
  name: string;
  referenceDate: DateOnly;
}

/** One answer; grid questions store one answer per row. */
export interface Answer extends StoredRecord {
  roundKey: string;
  questionId: QuestionId;
  /** Row key for grid questions, absent otherwise. */
  rowKey?: string;
  value: AnswerValue;
  answeredBy?: Person;
}

export type RiskStatus = 'open' | 'inTreatment' | 'controlled' | 'accepted' | 'closed';

export type RiskOrigin = 'finding' | 'catalogue' | 'typeStep' | 'incident' | 'own';

export interface Risk extends StoredRecord {
  title: string;
  description: string;
  domain: RiskDomainId;
  cause: string;
  /** 1–5. */
  likelihood: number;
  /** 1–5. */
  impact: number;
  riskOwner?: Person;
  actionOwner?: Person;
  status: RiskStatus;
  origin: RiskOrigin;
  /** Id of the finding rule or catalogue risk it came from. */
  originRef?: string;
  /** Web URL of the channel thread that discusses the risk. */
  threadUrl?: string;
  consequences?: string;
  /** Likelihood after the existing controls, 1–5; the fields above are before controls. */
  residualLikelihood?: number;
  /** Impact after the existing controls, 1–5. */
  residualImpact?: number;
  treatment?: RiskTreatment;
  /** Set when the treatment is 'accept'. */
  acceptance?: RiskAcceptance;
  /** Further action owners beside `actionOwner`. */
  actionOwners?: Person[];
  /** Whether the bestuur itself or an external party is responsible for the risk. */
  responsibility?: Responsibility;
  /** Name of the external party, when the responsibility lies outside. */
  externalParty?: string;
  lastReview?: DateOnly;
  nextReview?: DateOnly;
  /** Keys of the governance assets the risk concerns. */
  assetKeys?: string[];
  /** Keys of the governance partners the risk concerns. */
  partnerKeys?: string[];
}

/** How a risk is treated: vermijden, verminderen, overdragen, aanvaarden. */
export type RiskTreatment = 'avoid' | 'reduce' | 'transfer' | 'accept';

/** Who accepted a risk, why, and until when the acceptance holds. */
export interface RiskAcceptance {
  reason: string;
  acceptedBy?: Person;
  until?: DateOnly;
}

export type Responsibility = 'internal' | 'external';

/** A control (beheersmaatregel): one of the 20 measures of question 16 or the bestuur's own. */
export interface Control extends StoredRecord {
  title: string;
  description: string;
  /** Key of the question 16 measure it starts from; absent for the bestuur's own controls. */
  measureKey?: string;
  /** Implementation level, a question 16 level key such as 'partly' or 'limited'. */
  level?: string;
  domains: RiskDomainId[];
  /** Keys of the risks the control covers. */
  riskKeys: string[];
  responsibility?: Responsibility;
  externalParty?: string;
  responsible?: Person;
}

export type ActionStatus = 'open' | 'done';

export interface Action extends StoredRecord {
  title: string;
  description: string;
  riskKey?: string;
  domain?: RiskDomainId;
  moscow: MoscowClass;
  owner?: Person;
  dueDate?: DateOnly;
  status: ActionStatus;
  percentComplete: number;
  /** Planner task id once pushed. */
  plannerTaskId?: string;
  /** The task's ETag when the app last wrote or read it; a different one means Planner changed it. */
  plannerTaskEtag?: string;
  /** True when the task was deleted in Planner; the app asks before creating it again. */
  plannerTaskDeleted?: boolean;
}

/** The action plan's settings, one record per team. */
export interface PlanSettings extends StoredRecord {
  /** Date by which the Must-haves must be done. */
  targetDate?: DateOnly;
  plannerPlanId?: string;
  activeRoundKey?: string;
  /** The types of ICT function of chapter 3 the bestuur recognises itself in. */
  ictTypes?: IctTypeId[];
  /** Done, chosen alternative and linked action per type step, by step id or either/or group id. */
  stepStates?: StepStates;
  /** The management team's most important risk domains, at most three. */
  topDomains?: RiskDomainId[];
  /** Days between two reviews per risk level, where the bestuur departs from 90/180/360/360. */
  reviewCycleDays?: Partial<Record<RiskLevel, number>>;
  /** The bestuur's own names for scale steps and levels, where it renamed them. */
  levelLabels?: LevelLabels;
}

/** Renamed labels of the likelihood and impact steps (1–5) and of the four levels. */
export interface LevelLabels {
  likelihood?: Partial<Record<ScaleStep, string>>;
  impact?: Partial<Record<ScaleStep, string>>;
  level?: Partial<Record<RiskLevel, string>>;
}
