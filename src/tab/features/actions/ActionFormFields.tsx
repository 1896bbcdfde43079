/** The fields of the action editor: what to do, its class, its risk, who and by when. */
import { Field, Input, Textarea } from '@fluentui/react-components';
import { FittedSelect } from '../risks/FittedSelect';
import type { Action, Person, Risk } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { PersonSelect } from '../risks/PersonSelect';
import { linkRisk, setActionStatus, type ActionDraftProblems } from './actionDraft';
import { useActionEditorStyles } from './actionStyles';
import { actionMessages } from './messages';
import { MoscowField } from './MoscowField';

/** Props of ActionFormFields. */
export interface ActionFormFieldsProps {
  action: Action;
  onChange: (action: Action) => void;
  members: readonly Person[];
  risks: readonly Risk[];
  problems: ActionDraftProblems;
}

/** Renders every editable field and keeps text exactly as typed. */
export function ActionFormFields({
  action,
  onChange,
  members,
  risks,
  problems,
}: ActionFormFieldsProps) {
  const t = useMessages(actionMessages);
  const styles = useActionEditorStyles();
  const set = <K extends keyof Action>(field: K, value: Action[K]) =>
    onChange({ ...action, [field]: value });
  const wont = action.moscow === 'wont';
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
        <Input value={action.title} onChange={(_, data) => set('title', data.value)} />
      </Field>
      <Field label={t('fieldDescription')}>
        <Textarea
          value={action.description}
          resize="vertical"
          onChange={(_, data) => set('description', data.value)}
        />
      </Field>
      <Field label={t('fieldRisk')}>
        <FittedSelect
          value={action.riskKey ?? ''}
          onChange={(_, data) =>
            onChange(
              linkRisk(
                action,
                risks.find((r) => r.key === data.value),
              ),
            )
          }
        >
          <option value="">{t('noRisk')}</option>
          {risks.map((risk) => (
            <option key={risk.key} value={risk.key}>
              {risk.title}
            </option>
          ))}
        </FittedSelect>
      </Field>
      <MoscowField
        label={t('fieldMoscow')}
        value={action.moscow}
        onChange={(v) => set('moscow', v)}
      />
      <div className={styles.pair}>
        <PersonSelect
          label={t('fieldOwner')}
          noneLabel={t('noOwner')}
          members={members}
          value={action.owner}
          onChange={(person) => set('owner', person)}
          hint={wont ? t('wontOwnerHint') : undefined}
        />
        <Field
          label={t('fieldDue')}
          hint={wont ? t('wontDueHint') : undefined}
          validationState={problems.dueDate ? 'error' : 'none'}
          validationMessage={problems.dueDate && t('dueInvalid')}
        >
          {/* A native date input gives and takes `YYYY-MM-DD`, so no time zone is involved. */}
          <Input
            type="date"
            value={action.dueDate ?? ''}
            onChange={(_, data) => set('dueDate', data.value || undefined)}
          />
        </Field>
        <Field label={t('fieldStatus')}>
          <FittedSelect
            value={action.status}
            onChange={(_, data) =>
              onChange(setActionStatus(action, data.value as Action['status']))
            }
          >
            <option value="open">{t('statusOpen')}</option>
            <option value="done">{t('statusDone')}</option>
          </FittedSelect>
        </Field>
      </div>
    </div>
  );
}
