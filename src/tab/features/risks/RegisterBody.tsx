/** The part of the register under the toolbar: loading, failure, empty, or the table with its count. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { RiskDomainId } from '../../../content/model';
import type { DateOnly, Risk } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { riskMessages } from './messages';
import { RiskTable } from './RiskTable';
import type { LoadStatus } from './useRiskRegister';

/** Props of RegisterBody. */
export interface RegisterBodyProps {
  status: LoadStatus;
  total: number;
  shown: readonly Risk[];
  onRetry: () => void;
  onEdit: (risk: Risk) => void;
  onAddAction?: (risk: Risk) => void;
  onOpen?: (risk: Risk) => void;
  topDomains?: readonly RiskDomainId[];
  today: DateOnly;
}

/** Renders what fits the load status and announces the count politely when the filter changes. */
export function RegisterBody({
  status,
  total,
  shown,
  onRetry,
  onEdit,
  onAddAction,
  onOpen,
  topDomains,
  today,
}: RegisterBodyProps) {
  const t = useMessages(riskMessages);
  if (status === 'loading') return <Spinner label={t('loading')} />;
  if (status === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('loadFailed')}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{t('retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (total === 0) return <Text>{t('empty')}</Text>;
  return (
    <>
      <Text aria-live="polite">{t('count', { shown: shown.length, total })}</Text>
      {shown.length === 0 ? (
        <Text>{t('noMatch')}</Text>
      ) : (
        <RiskTable
          risks={shown}
          onEdit={onEdit}
          onAddAction={onAddAction}
          onOpen={onOpen}
          topDomains={topDomains}
          today={today}
        />
      )}
    </>
  );
}
