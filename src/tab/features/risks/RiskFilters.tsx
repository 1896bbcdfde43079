/** The register's search box and its filters on domain and status. */
import { Field, SearchBox } from '@fluentui/react-components';
import { FittedSelect } from './FittedSelect';
import { riskDomains } from '../../../content/domains';
import type { RiskDomainId } from '../../../content/model';
import type { RiskStatus } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { domainLabel } from './domainLabel';
import { riskMessages } from './messages';
import type { RiskFilter } from './riskFilter';
import { RISK_STATUSES, STATUS_KEYS } from './riskLabels';
import { useRiskPageStyles } from './riskStyles';

/** Props of RiskFilters. */
export interface RiskFiltersProps {
  filter: RiskFilter;
  onChange: (filter: RiskFilter) => void;
}

/** Renders labelled controls whose changes apply at once. */
export function RiskFilters({ filter, onChange }: RiskFiltersProps) {
  const t = useMessages(riskMessages);
  const locale = useLocale();
  const styles = useRiskPageStyles();
  return (
    <>
      <Field label={t('searchLabel')} className={styles.search}>
        <SearchBox
          value={filter.search}
          placeholder={t('searchPlaceholder')}
          onChange={(_, data) => onChange({ ...filter, search: data.value })}
        />
      </Field>
      <Field label={t('filterDomain')} className={styles.filter}>
        <FittedSelect
          value={filter.domain}
          onChange={(_, data) =>
            onChange({ ...filter, domain: data.value as RiskDomainId | 'all' })
          }
        >
          <option value="all">{t('allDomains')}</option>
          {riskDomains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domainLabel(domain.id, locale)}
            </option>
          ))}
        </FittedSelect>
      </Field>
      <Field label={t('filterStatus')} className={styles.filter}>
        <FittedSelect
          value={filter.status}
          onChange={(_, data) => onChange({ ...filter, status: data.value as RiskStatus | 'all' })}
        >
          <option value="all">{t('allStatuses')}</option>
          {RISK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_KEYS[status])}
            </option>
          ))}
        </FittedSelect>
      </Field>
    </>
  );
}
