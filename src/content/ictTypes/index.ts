/** The five types of ICT function of chapter 3, in the report's order, with their steps. */
import type { IctType, IctTypeId, TypeStep } from '../model';
import { typeFive } from './typeFive';
import { typeFour } from './typeFour';
import { typeOne } from './typeOne';
import { typeThree } from './typeThree';
import { typeTwo } from './typeTwo';

/** Type 1 to type 5; the report heads each only "TYPE", so the order is what identifies them. */
export const ictTypes: readonly IctType[] = [typeOne, typeTwo, typeThree, typeFour, typeFive];

/** Names a type as the UI shows it: "Type 1" … "Type 5". */
export function ictTypeName(type: IctType): string {
  return `Type ${type.number}`;
}

/** Looks up a type by id; every id of `IctTypeId` is present. */
export function ictTypeById(id: IctTypeId): IctType {
  const type = ictTypes.find((candidate) => candidate.id === id);
  if (!type) throw new Error(`Unknown ICT type id: ${id}`);
  return type;
}

/**
 * Collects the steps of the chosen types per building block, in block order. Types share many steps
 * word for word, so a step whose text is already listed for that block is left out.
 */
export function stepsForTypes(ids: readonly IctTypeId[]): TypeStep[] {
  const chosen = ictTypes.filter((type) => ids.includes(type.id));
  const seen = new Set<string>();
  const steps: TypeStep[] = [];
  for (const block of ['b1', 'b2', 'b3', 'b4', 'b5'] as const) {
    for (const step of chosen.flatMap((type) => type.steps)) {
      const key = `${block}|${step.text}`;
      if (step.buildingBlock !== block || seen.has(key)) continue;
      seen.add(key);
      steps.push(step);
    }
  }
  return steps;
}
