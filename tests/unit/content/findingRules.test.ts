import { describe, expect, it } from 'vitest';

import { findingRules, questionsWithoutRule } from '../../../src/content/findingRules';
import type { AnswerCondition, Question, QuestionId } from '../../../src/content/model';
import { questionById, questions } from '../../../src/content/questionnaire';
import { deriveFindings } from '../../../src/domain/findings';
import type { Answer } from '../../../src/domain/model';
import { fte, gridRow, multiple, single } from './answerFixtures';

function questionsOf(condition: AnswerCondition): QuestionId[] {
  if (condition.kind === 'all' || condition.kind === 'any') {
    return condition.conditions.flatMap(questionsOf);
  }
  return [condition.questionId];
}

function optionKeys(question: Question): string[] {
  if (question.kind === 'grid') return question.columns.map((column) => column.key);
  return 'options' in question ? question.options.map((option) => option.key) : [];
}

function otherKey(questionId: QuestionId, excluded: string[]): string {
  const key = optionKeys(questionById(questionId)).find((option) => !excluded.includes(option));
  if (!key) throw new Error(`no option of ${questionId} outside ${excluded.join(', ')}`);
  return key;
}

// Builds answers under which the condition holds, from the condition itself.
function triggering(condition: AnswerCondition): Answer[] {
  switch (condition.kind) {
    case 'choiceIn':
      return [single(condition.questionId, condition.oneOf[0] ?? '')];
    case 'choiceNotIn':
      return [single(condition.questionId, otherKey(condition.questionId, condition.noneOf))];
    case 'notTicked':
      return [multiple(condition.questionId, [])];
    case 'fteBelow':
      return [fte(condition.questionId, Math.max(0, condition.below - 0.5))];
    case 'fteAbove':
      return [fte(condition.questionId, condition.above + 0.5)];
    case 'gridRowIn':
      return [gridRow(condition.questionId, condition.row, condition.columns[0] ?? '')];
    case 'gridAnyRowIn': {
      const question = questionById(condition.questionId);
      const row = question.kind === 'grid' ? (question.rows[0]?.key ?? '') : '';
      return [gridRow(condition.questionId, row, condition.columns[0] ?? '')];
    }
    case 'all':
      return condition.conditions.flatMap(triggering);
    case 'any':
      return triggering(condition.conditions[0] as AnswerCondition);
  }
}

// Builds answers to the same questions under which the condition does not hold.
function quiet(condition: AnswerCondition): Answer[] {
  switch (condition.kind) {
    case 'choiceIn':
      return [single(condition.questionId, otherKey(condition.questionId, condition.oneOf))];
    case 'choiceNotIn':
      return [single(condition.questionId, condition.noneOf[0] ?? '')];
    case 'notTicked':
      return [multiple(condition.questionId, [condition.option])];
    case 'fteBelow':
      return [fte(condition.questionId, condition.below)];
    case 'fteAbove':
      return [fte(condition.questionId, condition.above)];
    case 'gridRowIn':
      return [
        gridRow(
          condition.questionId,
          condition.row,
          otherKey(condition.questionId, condition.columns),
        ),
      ];
    case 'gridAnyRowIn': {
      const question = questionById(condition.questionId);
      const rows = question.kind === 'grid' ? question.rows : [];
      const column = otherKey(condition.questionId, condition.columns);
      return rows.map((row) => gridRow(condition.questionId, row.key, column));
    }
    case 'all': {
      const [first, ...rest] = condition.conditions as [AnswerCondition, ...AnswerCondition[]];
      return [...quiet(first), ...rest.flatMap(triggering)];
    }
    case 'any':
      return condition.conditions.flatMap(quiet);
  }
}

describe('finding rules', () => {
  it('have unique ids', () => {
    expect(new Set(findingRules.map((rule) => rule.id)).size).toBe(findingRules.length);
  });

  it('cover every question of parts II to VI or give a reason', () => {
    const fed = new Set(findingRules.flatMap((rule) => questionsOf(rule.condition)));
    const partsTwoToSix = questions.filter((question) => !['I', 'extra'].includes(question.part));
    for (const question of partsTwoToSix) {
      const covered = fed.has(question.id) || questionsWithoutRule[question.id] !== undefined;
      expect(covered, question.id).toBe(true);
    }
  });

  it('give no reason for a question that feeds a rule', () => {
    const fed = new Set(findingRules.flatMap((rule) => questionsOf(rule.condition)));
    const reasons = Object.keys(questionsWithoutRule) as QuestionId[];
    expect(reasons.filter((id) => fed.has(id))).toEqual([]);
  });

  it('point to at least one building block each', () => {
    for (const rule of findingRules) expect(rule.buildingBlocks.length, rule.id).toBeGreaterThan(0);
  });

  it('name a report place each', () => {
    for (const rule of findingRules)
      expect(rule.source.where, rule.id).toMatch(/Hoofdstuk|Bijlage/);
  });

  it.each(findingRules.map((rule) => [rule.id, rule] as const))(
    '%s fires when it should',
    (id, rule) => {
      const ids = deriveFindings(triggering(rule.condition)).map((finding) => finding.ruleId);
      expect(ids).toContain(id);
    },
  );

  it.each(findingRules.map((rule) => [rule.id, rule] as const))(
    '%s stays quiet otherwise',
    (id, rule) => {
      const ids = deriveFindings(quiet(rule.condition)).map((finding) => finding.ruleId);
      expect(ids).not.toContain(id);
    },
  );

  it('fire on nothing when nothing is answered', () => {
    expect(deriveFindings([])).toEqual([]);
  });
});
