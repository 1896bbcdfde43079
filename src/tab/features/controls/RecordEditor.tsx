/** Opens the editor of a control, risk or action in place, so a gap or an open owner is fixed here. */
import type { Action, Control, Risk } from '../../../domain/model';
import type { OwnedRecordKind } from '../../../domain/ownership';
import { reviewCycles } from '../../../domain/reviewDates';
import { toDateOnly } from '../../shell/dates';
import { useSession } from '../../shell/StoreContext';
import { ActionEditorDialog } from '../actions/ActionEditorDialog';
import { RiskEditorDialog } from '../risks/RiskEditorDialog';
import { ControlEditorDialog } from './ControlEditorDialog';
import type { ControlsData } from './useControlsData';

/** The record being edited: its kind, and the record itself (a new draft for a new control). */
export type EditTarget =
  | { kind: 'control'; record: Control }
  | { kind: 'risk'; record: Risk }
  | { kind: 'action'; record: Action };

/** Finds the record of a kind and key in the loaded data. */
export function findTarget(
  data: ControlsData,
  kind: OwnedRecordKind,
  key: string,
): EditTarget | undefined {
  if (kind === 'control') {
    const record = data.controls.find((control) => control.key === key);
    return record && { kind, record };
  }
  if (kind === 'risk') {
    const record = data.risks.find((risk) => risk.key === key);
    return record && { kind, record };
  }
  const record = data.actions.find((action) => action.key === key);
  return record && { kind, record };
}

/** Props of RecordEditor. */
export interface RecordEditorProps {
  target: EditTarget;
  data: ControlsData;
  onClose: () => void;
}

/** Renders the dialog for the target; a save updates the loaded data and closes it. */
export function RecordEditor({ target, data, onClose }: RecordEditorProps) {
  const { store, members } = useSession();

  if (target.kind === 'control') {
    if (!data.repository) return null;
    return (
      <ControlEditorDialog
        initial={target.record}
        repository={data.repository}
        members={members}
        risks={data.risks}
        onDone={(saved) => {
          if (saved) data.putControl(saved);
          else void data.reload();
          onClose();
        }}
        onCancel={onClose}
      />
    );
  }
  if (target.kind === 'risk') {
    return (
      <RiskEditorDialog
        initial={target.record}
        repository={store.risks}
        members={members}
        today={toDateOnly()}
        cycles={reviewCycles(data.settings?.reviewCycleDays)}
        onDone={(saved) => {
          if (saved) data.putRisk(saved);
          else void data.reload();
          onClose();
        }}
        onCancel={onClose}
      />
    );
  }
  return (
    <ActionEditorDialog
      initial={target.record}
      repository={store.actions}
      members={members}
      risks={data.risks}
      onDone={(saved) => {
        if (saved) data.putAction(saved);
        else void data.reload();
        onClose();
      }}
      onCancel={onClose}
    />
  );
}
