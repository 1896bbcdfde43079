/** The editor's in-depth fields: consequences, score after controls, treatment and responsibility. */
import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import type { Person, Responsibility, RiskTreatment } from '../../../domain/model';
import type { ScaleStep } from '../../../domain/riskScore';
import { useMessages } from '../../i18n/messages';
import { depthMessages } from './depthMessages';
import { FittedSelect } from './FittedSelect';
import { PersonSelect } from './PersonSelect';
import { riskMessages } from './messages';
import { RESPONSIBILITY_KEYS, TREATMENT_KEYS, TREATMENTS } from './riskDepthLabels';
import type { RiskDraft, RiskDraftProblems } from './riskDraft';
import { impactKeys, likelihoodKeys } from './riskLabels';
import { useRiskEditorStyles } from './riskStyles';
import { ScaleField } from './ScaleField';
import { ScoreSummary } from './ScoreSummary';

/** Props of RiskDepthFields. */
export interface RiskDepthFieldsProps {
  draft: RiskDraft;
  onChange: (draft: RiskDraft) => void;
  members: readonly Person[];
  problems: RiskDraftProblems;
}

/** Renders the fields; the acceptance fields show only when the treatment is "aanvaarden". */
export function RiskDepthFields({ draft, onChange, members, problems }: RiskDepthFieldsProps) {
  const t = useMessages(riskMessages);
  const d = useMessages(depthMessages);
  const styles = useRiskEditorStyles();
  const set = (patch: Partial<RiskDraft>) => onChange({ ...draft, ...patch });
  const residual = draft.residualLikelihood !== undefined && draft.residualImpact !== undefined;
  const acceptance = draft.acceptance ?? { reason: '' };
  const others = draft.actionOwners ?? [];

  return (
    <>
      <Field label={d('fieldConsequences')}>
        <Textarea
          value={draft.consequences ?? ''}
          resize="vertical"
          onChange={(_, data) => set({ consequences: data.value || undefined })}
        />
      </Field>
      <Checkbox
        label={d('residualScored')}
        checked={residual}
        onChange={(_, data) =>
          set(
            data.checked
              ? { residualLikelihood: draft.likelihood, residualImpact: draft.impact }
              : { residualLikelihood: undefined, residualImpact: undefined },
          )
        }
      />
      {residual && (
        <>
          <div className={styles.scales}>
            <ScaleField
              label={d('fieldResidualLikelihood')}
              value={draft.residualLikelihood!}
              keysOf={likelihoodKeys}
              scale="likelihood"
              onChange={(step: ScaleStep) => set({ residualLikelihood: step })}
            />
            <ScaleField
              label={d('fieldResidualImpact')}
              value={draft.residualImpact!}
              keysOf={impactKeys}
              scale="impact"
              onChange={(step: ScaleStep) => set({ residualImpact: step })}
            />
          </div>
          <ScoreSummary likelihood={draft.residualLikelihood!} impact={draft.residualImpact!} />
        </>
      )}
      <div className={styles.owners}>
        <Field label={d('fieldTreatment')}>
          <FittedSelect
            value={draft.treatment ?? ''}
            onChange={(_, data) => set({ treatment: (data.value || undefined) as RiskTreatment })}
          >
            <option value="">{d('noTreatment')}</option>
            {TREATMENTS.map((treatment) => (
              <option key={treatment} value={treatment}>
                {d(TREATMENT_KEYS[treatment])}
              </option>
            ))}
          </FittedSelect>
        </Field>
        <Field label={d('fieldResponsibility')}>
          <FittedSelect
            value={draft.responsibility ?? ''}
            onChange={(_, data) =>
              set({ responsibility: (data.value || undefined) as Responsibility })
            }
          >
            <option value="">{d('responsibilityUnknown')}</option>
            {(['internal', 'external'] as const).map((value) => (
              <option key={value} value={value}>
                {d(RESPONSIBILITY_KEYS[value])}
              </option>
            ))}
          </FittedSelect>
        </Field>
        {draft.responsibility === 'external' && (
          <Field label={d('fieldExternalParty')}>
            <Input
              value={draft.externalParty ?? ''}
              onChange={(_, data) => set({ externalParty: data.value || undefined })}
            />
          </Field>
        )}
      </div>
      {draft.treatment === 'accept' && (
        <div className={styles.owners}>
          <Field
            label={d('fieldAcceptanceReason')}
            required
            validationState={problems.acceptanceReason ? 'error' : 'none'}
            validationMessage={problems.acceptanceReason && d('acceptanceReasonRequired')}
          >
            <Textarea
              value={acceptance.reason}
              onChange={(_, data) => set({ acceptance: { ...acceptance, reason: data.value } })}
            />
          </Field>
          <PersonSelect
            label={d('fieldAcceptedBy')}
            noneLabel={t('noOwner')}
            members={members}
            value={acceptance.acceptedBy}
            onChange={(person) => set({ acceptance: { ...acceptance, acceptedBy: person } })}
          />
          <Field
            label={d('fieldAcceptedUntil')}
            required
            validationState={problems.acceptedUntil ? 'error' : 'none'}
            validationMessage={problems.acceptedUntil && d('acceptedUntilRequired')}
          >
            <Input
              type="date"
              value={acceptance.until ?? ''}
              onChange={(_, data) =>
                set({ acceptance: { ...acceptance, until: data.value || undefined } })
              }
            />
          </Field>
        </div>
      )}
      <Field label={d('fieldActionOwners')}>
        <div className={styles.owners}>
          {members.map((member) => (
            <Checkbox
              key={member.id}
              label={member.displayName}
              checked={others.some((owner) => owner.id === member.id)}
              onChange={(_, data) =>
                set({
                  actionOwners: data.checked
                    ? [...others, member]
                    : others.filter((owner) => owner.id !== member.id),
                })
              }
            />
          ))}
        </div>
      </Field>
    </>
  );
}
