/** The fields of the risk editor: what the risk is, how it scores, and who owns it. */
import { Field, Input, Textarea } from '@fluentui/react-components';
import { FittedSelect } from './FittedSelect';
import { riskDomains } from '../../../content/domains';
import type { RiskDomainId } from '../../../content/model';
import type { Person, RiskStatus } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { domainLabel } from './domainLabel';
import { riskMessages } from './messages';
import { PersonSelect } from './PersonSelect';
import { RiskDepthFields } from './RiskDepthFields';
import type { RiskDraft, RiskDraftProblems } from './riskDraft';
import { impactKeys, likelihoodKeys, RISK_STATUSES, STATUS_KEYS } from './riskLabels';
import { useRiskEditorStyles } from './riskStyles';
import { ScaleField } from './ScaleField';
import { ScoreSummary } from './ScoreSummary';
import { RiskLinksField } from '../governance/RiskLinksField';

/** Props of RiskFormFields. */
export interface RiskFormFieldsProps {
  draft: RiskDraft;
  onChange: (draft: RiskDraft) => void;
  members: readonly Person[];
  /** Problems to show under their fields. */
  problems: RiskDraftProblems;
}

/** Renders every editable field of a risk and keeps values exactly as typed. */
export function RiskFormFields({ draft, onChange, members, problems }: RiskFormFieldsProps) {
  const t = useMessages(riskMessages);
  const locale = useLocale();
  const styles = useRiskEditorStyles();
  const set = <K extends keyof RiskDraft>(field: K, value: RiskDraft[K]) =>
    onChange({ ...draft, [field]: value });

  const titleMessage =
    problems.title?.kind === 'tooLong'
      ? t('titleTooLong', { length: problems.title.length, max: problems.title.max })
      : problems.title && t('titleRequired');

  return (
    <div className={styles.form}>
      <Field
        label={t('fieldTitle')}
        required
        validationState={titleMessage ? 'error' : 'none'}
        validationMessage={titleMessage}
      >
        <Input value={draft.title} onChange={(_, data) => set('title', data.value)} />
      </Field>
      <Field label={t('fieldDescription')}>
        <Textarea
          value={draft.description}
          resize="vertical"
          onChange={(_, data) => set('description', data.value)}
        />
      </Field>
      <Field
        label={t('fieldDomain')}
        required
        validationState={problems.domain ? 'error' : 'none'}
        validationMessage={problems.domain && t('domainRequired')}
      >
        <FittedSelect
          value={draft.domain ?? ''}
          onChange={(_, data) => set('domain', (data.value || undefined) as RiskDomainId)}
        >
          <option value="" disabled>
            {t('fieldDomainPlaceholder')}
          </option>
          {riskDomains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domainLabel(domain.id, locale)}
            </option>
          ))}
        </FittedSelect>
      </Field>
      <Field label={t('fieldCause')}>
        <Textarea
          value={draft.cause}
          resize="vertical"
          onChange={(_, data) => set('cause', data.value)}
        />
      </Field>
      <div className={styles.scales}>
        <ScaleField
          label={t('fieldLikelihood')}
          value={draft.likelihood}
          keysOf={likelihoodKeys}
          scale="likelihood"
          onChange={(step) => set('likelihood', step)}
        />
        <ScaleField
          label={t('fieldImpact')}
          value={draft.impact}
          keysOf={impactKeys}
          scale="impact"
          onChange={(step) => set('impact', step)}
        />
      </div>
      <ScoreSummary likelihood={draft.likelihood} impact={draft.impact} />
      <RiskDepthFields draft={draft} onChange={onChange} members={members} problems={problems} />
      <div className={styles.owners}>
        <PersonSelect
          label={t('fieldRiskOwner')}
          noneLabel={t('noOwner')}
          members={members}
          value={draft.riskOwner}
          onChange={(person) => set('riskOwner', person)}
        />
        <PersonSelect
          label={t('fieldActionOwner')}
          noneLabel={t('noOwner')}
          members={members}
          value={draft.actionOwner}
          onChange={(person) => set('actionOwner', person)}
        />
        <Field label={t('fieldStatus')}>
          <FittedSelect
            value={draft.status}
            onChange={(_, data) => set('status', data.value as RiskStatus)}
          >
            {RISK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_KEYS[status])}
              </option>
            ))}
          </FittedSelect>
        </Field>
      </div>
      <RiskLinksField value={draft} onChange={(links) => onChange({ ...draft, ...links })} />
    </div>
  );
}
