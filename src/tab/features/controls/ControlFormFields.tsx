/** The fields of the control editor: title, level, domains, covered risks and who is responsible. */
import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { riskDomains } from '../../../content/domains';
import { measureLevels } from '../../../content/questionsControls';
import type { Control, Person, Responsibility, Risk } from '../../../domain/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { FittedSelect } from '../risks/FittedSelect';
import { PersonSelect } from '../risks/PersonSelect';
import { KeyChecklist } from './KeyChecklist';
import { controlMessages } from './messages';

/** Props of ControlFormFields. */
export interface ControlFormFieldsProps {
  draft: Control;
  onChange: (draft: Control) => void;
  members: readonly Person[];
  risks: readonly Risk[];
  /** The title's problem, already worded. */
  titleError?: string;
}

/** Renders the fields; every change goes to `onChange` as a new draft. */
export function ControlFormFields({
  draft,
  onChange,
  members,
  risks,
  titleError,
}: ControlFormFieldsProps) {
  const t = useMessages(controlMessages);
  const locale = useLocale();
  const set = (change: Partial<Control>) => onChange({ ...draft, ...change });
  const domainOptions = riskDomains.map((domain) => ({
    key: domain.id,
    label: `${domain.number}. ${pickText(domain.name, locale)}`,
  }));
  const riskOptions = [...risks]
    .sort((a, b) => a.title.localeCompare(b.title, locale))
    .map((risk) => ({ key: risk.key, label: risk.title }));

  return (
    <>
      <Field label={t('fieldTitle')} required validationMessage={titleError}>
        <Input value={draft.title} onChange={(_, data) => set({ title: data.value })} />
      </Field>
      <Field label={t('fieldDescription')}>
        <Textarea
          value={draft.description}
          onChange={(_, data) => set({ description: data.value })}
        />
      </Field>
      <Field label={t('fieldLevel')}>
        <FittedSelect
          value={draft.level ?? ''}
          onChange={(_, data) => set({ level: data.value || undefined })}
        >
          <option value="">{t('levelNone')}</option>
          {measureLevels.map((level) => (
            <option key={level.key} value={level.key}>
              {pickText(level.label, locale)}
            </option>
          ))}
        </FittedSelect>
      </Field>
      <KeyChecklist
        legend={t('fieldRisks')}
        options={riskOptions}
        selected={draft.riskKeys}
        onChange={(riskKeys) => set({ riskKeys })}
        emptyText={t('noRegisterRisks')}
      />
      <KeyChecklist
        legend={t('fieldDomains')}
        options={domainOptions}
        selected={draft.domains}
        onChange={(domains) => set({ domains: domains as Control['domains'] })}
      />
      <Field label={t('fieldResponsibility')}>
        <RadioGroup
          value={draft.responsibility ?? 'none'}
          onChange={(_, data) =>
            set({
              responsibility: data.value === 'none' ? undefined : (data.value as Responsibility),
            })
          }
        >
          <Radio value="internal" label={t('responsibilityInternal')} />
          <Radio value="external" label={t('responsibilityExternal')} />
          <Radio value="none" label={t('responsibilityNone')} />
        </RadioGroup>
      </Field>
      {draft.responsibility === 'external' && (
        <Field label={t('fieldExternalParty')} hint={t('fieldExternalPartyHint')}>
          <Input
            value={draft.externalParty ?? ''}
            onChange={(_, data) => set({ externalParty: data.value })}
          />
        </Field>
      )}
      <PersonSelect
        label={t('fieldResponsible')}
        noneLabel={t('nobody')}
        members={members}
        value={draft.responsible}
        onChange={(responsible) => set({ responsible })}
        hint={draft.responsibility === 'external' ? t('fieldResponsibleHint') : undefined}
      />
    </>
  );
}
