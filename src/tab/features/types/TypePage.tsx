/** The Type page: pick the types of ICT function, follow their steps per building block. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
} from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import { buildingBlocks } from '../../../content/buildingBlocks';
import { credit } from '../../../content/credit';
import { ictTypes, stepsForTypes } from '../../../content/ictTypes';
import type { IctTypeId } from '../../../content/model';
import {
  buildStepItems,
  writeItemState,
  type ItemState,
  type StepItem,
} from '../../../domain/typeProgress';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { useSession } from '../../shell/StoreContext';
import { BlockSection } from './BlockSection';
import { typeMessages } from './messages';
import { TypePicker } from './TypePicker';
import { useTypePageStyles } from './typeStyles';
import { useRecordMaking } from './useRecordMaking';
import { useTypeSettings, type SaveProblem } from './useTypeSettings';

function ProblemBar({ problem }: { problem?: SaveProblem }) {
  const t = useMessages(typeMessages);
  const locale = useLocale();
  if (!problem) return null;
  const text =
    problem.kind === 'conflict'
      ? t('conflict')
      : t('saveFailed', { reason: describeError(problem.error, locale) });
  return (
    <MessageBar intent={problem.kind === 'conflict' ? 'warning' : 'error'}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** Shows the Type page; choices and step states are saved in the team's settings. */
export function TypePage() {
  const t = useMessages(typeMessages);
  const locale = useLocale();
  const styles = useTypePageStyles();
  const titleId = useId();
  const { store } = useSession();
  const data = useTypeSettings(store);
  const making = useRecordMaking(store, data);
  const chosen = useMemo(() => data.settings.ictTypes ?? [], [data.settings.ictTypes]);
  const items = useMemo(() => buildStepItems(stepsForTypes(chosen), ictTypes, chosen), [chosen]);
  const states = data.settings.stepStates ?? {};

  function toggleType(id: IctTypeId, checked: boolean) {
    void data.change((current) => {
      const now = new Set(current.ictTypes ?? []);
      if (checked) now.add(id);
      else now.delete(id);
      return {
        ...current,
        ictTypes: ictTypes.filter((type) => now.has(type.id)).map((type) => type.id),
      };
    });
  }

  function changeItem(item: StepItem, change: Partial<ItemState>) {
    void data.change((current) => ({
      ...current,
      stepStates: writeItemState(item, current.stepStates ?? {}, change),
    }));
  }

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId} className={styles.heading}>
        {t('pageTitle')}
      </Title2>
      <Text>{t('pageIntro')}</Text>
      {data.status === 'loading' && <Spinner label={t('loading')} />}
      {data.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{t('loadFailed')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void data.reload()}>{t('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {data.status === 'ready' && (
        <>
          <ProblemBar problem={data.problem} />
          <TypePicker chosen={chosen} onToggle={toggleType} />
          {chosen.length === 0 && <Text>{t('noTypeChosen')}</Text>}
          {chosen.length > 0 &&
            buildingBlocks.map((block) => (
              <BlockSection
                key={block.id}
                block={block}
                items={items.filter((item) => item.block === block.id)}
                states={states}
                actions={data.actions}
                risks={data.risks}
                making={making}
                onChange={changeItem}
                onAddRisk={(risk) => void making.addRisk(risk, block.id)}
              />
            ))}
          <Text size={200} className={styles.credit}>
            {t('stepsCredit', { credit: pickText(credit, locale) })}
          </Text>
        </>
      )}
    </section>
  );
}
