/** Types for the audit's content: the questionnaire, benchmark figures, domains, building blocks, types and catalogue. */

/** A text in both UI languages; nl-BE is the source, en the translation. */
export interface LocalizedText {
  nl: string;
  en: string;
}

/** Where a fact comes from in Audit Vlaanderen's inspiration report. */
export interface ReportPlace {
  /** For example "Bijlage 4, vraag 8" or "Hoofdstuk 2, bouwsteen 1". */
  where: string;
  /** Page number in the report, when the text shows one. */
  page?: number;
}

/** The six parts of the questionnaire plus its closing "Bijkomende informatie". */
export type QuestionnairePartId = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'extra';

export interface QuestionnairePart {
  id: QuestionnairePartId;
  title: LocalizedText;
  questionIds: QuestionId[];
}

export type QuestionId = `q${number}`;

/** One answer option; the key is what is stored, never the label. */
export interface AnswerOption {
  key: string;
  label: LocalizedText;
  /** True for "Andere": the option comes with a free-text field. */
  withText?: boolean;
}

/** A change the product made to the report's wording, with the reason, shown in the content file. */
export interface ContentAdaptation {
  reason: LocalizedText;
}

interface QuestionBase {
  id: QuestionId;
  /** The number as printed in the report (1–25). */
  number: number;
  part: QuestionnairePartId;
  prompt: LocalizedText;
  /** Explanation printed under the question in the report, mended. */
  help?: LocalizedText;
  required: boolean;
  /** Shown only when another question has one of the given answers (questions 18–20). */
  condition?: { questionId: QuestionId; oneOf: string[] };
  adaptation?: ContentAdaptation;
  source: ReportPlace;
}

export interface TextQuestion extends QuestionBase {
  kind: 'text';
  multiline: boolean;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single';
  options: AnswerOption[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  kind: 'multiple';
  options: AnswerOption[];
}

/** A number of full-time equivalents (VTE); comma and point are both accepted as decimal mark. */
export interface FteQuestion extends QuestionBase {
  kind: 'fte';
}

/** A grid: one answer column per row (questions 15 and 16). */
export interface GridQuestion extends QuestionBase {
  kind: 'grid';
  rows: AnswerOption[];
  columns: AnswerOption[];
}

/** A 0–10 scale with labels at both ends (question 25). */
export interface ScaleQuestion extends QuestionBase {
  kind: 'scale';
  min: number;
  max: number;
  minLabel: LocalizedText;
  maxLabel: LocalizedText;
}

export type Question =
  | TextQuestion
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | FteQuestion
  | GridQuestion
  | ScaleQuestion;

/**
 * A stored answer value, by question kind. Only keys are stored, never labels.
 * - text: the text as typed
 * - single: { choice, other? }
 * - multiple: { choices, other? }
 * - fte: a number
 * - grid: one stored answer per row: { row, column }
 * - scale: a number
 */
export type AnswerValue =
  | { kind: 'text'; text: string }
  | { kind: 'single'; choice: string; other?: string }
  | { kind: 'multiple'; choices: string[]; other?: string }
  | { kind: 'fte'; fte: number }
  | { kind: 'grid'; row: string; column: string }
  | { kind: 'scale'; value: number };

/** The 13 ICT risk domains of questions 14 and 15. */
export type RiskDomainId =
  'd1' | 'd2' | 'd3' | 'd4' | 'd5' | 'd6' | 'd7' | 'd8' | 'd9' | 'd10' | 'd11' | 'd12' | 'd13';

export interface RiskDomain {
  id: RiskDomainId;
  number: number;
  /** Canonical name: question 15's wording. */
  name: LocalizedText;
  /** Question 14's own wording, where it differs. */
  q14Name: LocalizedText;
}

export type BuildingBlockId = 'b1' | 'b2' | 'b3' | 'b4' | 'b5';

export interface BuildingBlock {
  id: BuildingBlockId;
  number: number;
  title: LocalizedText;
  /** What the block requires, in our own words. */
  summary: LocalizedText;
  /** The risks the report says the block controls, as the report words them. */
  controlledRisks: CatalogueRisk[];
  source: ReportPlace;
}

export type MoscowClass = 'must' | 'should' | 'could' | 'wont';

export interface MoscowDefinition {
  id: MoscowClass;
  label: LocalizedText;
  meaning: LocalizedText;
  source: ReportPlace;
}

export type IctTypeId = 't1' | 't2' | 't3' | 't4' | 't5';

/** One step for a building block in a type's section of chapter 3. */
export interface TypeStep {
  id: string;
  buildingBlock: BuildingBlockId;
  /** The step's number as printed in the report's list for the building block. */
  number?: number;
  /** The report's wording, credited to Audit Vlaanderen. */
  text: string;
  /** English translation of `text`, shown beside the Dutch. */
  en?: string;
  /** Sub-points printed under the step. */
  details?: string[];
  /** English translations of `details`, in the same order. */
  detailsEn?: string[];
  /** Steps that form an either/or choice ("OF") share a group id. */
  choiceGroup?: string;
  suggestedMoscow: MoscowClass;
}

export interface IctType {
  id: IctTypeId;
  number: number;
  /** A short label of our own. */
  label: LocalizedText;
  /** The report's description of the type. */
  description: string;
  /** English translation of `description`. */
  descriptionEn?: string;
  /** A line the report prints above a building block's steps for this type, with its translation. */
  blockIntros?: Partial<Record<BuildingBlockId, LocalizedText>>;
  steps: TypeStep[];
  source: ReportPlace;
}

/** One risk of bijlage 6 or of a building block's "Risico's die hiermee kunnen worden beheerst". */
export interface CatalogueRisk {
  id: string;
  /** The heading it stands under in the report. */
  group: LocalizedText;
  title: LocalizedText;
  domain: RiskDomainId;
  source: ReportPlace;
}

/** One share of the 144 besturen for one answer, as the report states it. */
export interface BenchmarkFigure {
  /** The answer option key, row key, or row:column key it belongs to. */
  answer: string;
  /** Percentage, 0–100. */
  percent: number;
  /** Number of besturen, where the report gives a count beside the share. */
  count?: number;
  source: ReportPlace;
}

/** The benchmark for one question: figures where the report gives them, a statement where it does not. */
export interface QuestionBenchmark {
  questionId: QuestionId;
  /** 'figures': percentages per answer; 'bands': only ranges are given; 'none': no figure in the report. */
  availability: 'figures' | 'bands' | 'none';
  figures: BenchmarkFigure[];
  /** Bands for questions 4 and 5: a label, a share, and the numeric range in FTE. */
  bands?: {
    /** Stable key of the band, for marking the bestuur's own band. */
    key?: string;
    label: LocalizedText;
    /** Number of besturen, where the report gives a count instead of a share. */
    count?: number;
    percent: number;
    minFte?: number;
    maxFte?: number;
    /** True when the band contains only values below `maxFte` ("minder dan 1 VTE"). */
    maxFteExclusive?: boolean;
    source: ReportPlace;
  }[];
  /** What the report says instead of a figure, or a remark about the figures (such as question 5's 110 %). */
  note?: LocalizedText;
}

/** One of the 20 measures of question 16: a grid row and a starting control of the risk register. */
export interface StartingControl {
  /** Stable key: the grid row key of question 16 and the control's key in the register. */
  key: string;
  /** Question 16's wording, mended. */
  label: LocalizedText;
  domains: RiskDomainId[];
  buildingBlocks: BuildingBlockId[];
  source: ReportPlace;
}

/** One of the six conditions of bijlage 6 for a good ICT risk analysis. */
export interface RiskAnalysisCondition {
  id: string;
  /** The report's wording, credited to Audit Vlaanderen. */
  label: LocalizedText;
  source: ReportPlace;
}

/** A test on the stored answers; a condition on an unanswered question is false. */
export type AnswerCondition =
  /** A single-choice answer is one of the keys. */
  | { kind: 'choiceIn'; questionId: QuestionId; oneOf: string[] }
  /** A single-choice answer is given and is none of the keys. */
  | { kind: 'choiceNotIn'; questionId: QuestionId; noneOf: string[] }
  /** A multiple-choice answer is given and does not include the option. */
  | { kind: 'notTicked'; questionId: QuestionId; option: string }
  /** An FTE answer is below the number. */
  | { kind: 'fteBelow'; questionId: QuestionId; below: number }
  /** An FTE answer is above the number. */
  | { kind: 'fteAbove'; questionId: QuestionId; above: number }
  /** A grid row is answered with one of the columns. */
  | { kind: 'gridRowIn'; questionId: QuestionId; row: string; columns: string[] }
  /** At least one grid row is answered with one of the columns. */
  | { kind: 'gridAnyRowIn'; questionId: QuestionId; columns: string[] }
  | { kind: 'all'; conditions: AnswerCondition[] }
  | { kind: 'any'; conditions: AnswerCondition[] };

/** How a finding compares with the 144: answer keys that count as better, or the band the bestuur is in. */
export type FindingComparisonRule =
  | { kind: 'answers'; questionId: QuestionId; row?: string; better: string[] }
  | { kind: 'band'; questionId: QuestionId; band: string };

/** One rule from answers to a weak point: which building blocks and domains it points to, and why. */
export interface FindingRule {
  id: string;
  buildingBlocks: BuildingBlockId[];
  /** Empty when the weak point concerns no single domain (such as having no risk analysis at all). */
  domains: RiskDomainId[];
  condition: AnswerCondition;
  /** The weak point, in our own words. */
  finding: LocalizedText;
  /** Why the report expects otherwise, in our own words. */
  reason: LocalizedText;
  /** Where the report sets the expectation. */
  source: ReportPlace;
  comparison?: FindingComparisonRule;
}
