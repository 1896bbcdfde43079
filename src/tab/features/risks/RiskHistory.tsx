/** A risk's history from SharePoint's item versions: who changed which field, when, from what to what. */
import { Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Risk } from '../../../domain/model';
import type { ItemChange, RiskRepository } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { depthMessages } from './depthMessages';
import { useHeatMapStyles } from './heatMapStyles';

/** Props of RiskHistory. */
export interface RiskHistoryProps {
  risk: Risk;
  repository: RiskRepository;
}

type HistoryState =
  { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; changes: ItemChange[] };

function formatWhen(iso: string, locale: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return instant.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-BE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
}

/** Lists the versions newest first, each with its changed fields by Dutch column name. */
export function RiskHistory({ risk, repository }: RiskHistoryProps) {
  const d = useMessages(depthMessages);
  const locale = useLocale();
  const styles = useHeatMapStyles();
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });

  useEffect(() => {
    let active = true;
    if (!repository.history) return;
    repository.history(risk).then(
      (changes) => active && setState({ kind: 'ready', changes }),
      (error: unknown) => {
        console.error('[risks] reading the history failed', error);
        if (active) setState({ kind: 'failed' });
      },
    );
    return () => {
      active = false;
    };
  }, [repository, risk]);

  if (!repository.history) return <Text block>{d('historyUnavailable')}</Text>;
  if (state.kind === 'loading') return <Spinner size="tiny" label={d('historyLoading')} />;
  if (state.kind === 'failed') return <Text block>{d('historyFailed')}</Text>;
  if (state.changes.length === 0) return <Text block>{d('historyEmpty')}</Text>;

  const value = (text?: string) => text ?? d('historyEmptyValue');
  return (
    <ol className={styles.list}>
      {[...state.changes].reverse().map((change) => (
        <li key={change.version}>
          <Text weight="semibold">
            {d(change.created ? 'historyCreated' : 'historyChanged', {
              when: formatWhen(change.modified, locale),
              who: change.modifiedBy ?? d('historyUnknownUser'),
            })}
          </Text>
          {!change.created && (
            <ul className={styles.list}>
              {change.changes.map((field) => (
                <li key={field.field}>
                  {d('historyChange', {
                    field: field.label,
                    from: value(field.from),
                    to: value(field.to),
                  })}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
