/** The register's search box and its filters on domain, level, owner, status and overdue review. */
import { Checkbox, Field, SearchBox } from '@fluentui/react-components';
import { FittedSelect } from './FittedSelect';
import { riskDomains } from '../../../content/domains';
import type { RiskDomainId } from '../../../content/model';
import type { Person, RiskStatus } from '../../../domain/model';
import type { RiskLevel } from '../../../domain/riskScore';
import { depthMessages } from './depthMessages';
import { useLocale, useMessages } from '../../i18n/messages';
import { domainLabel } from './domainLabel';
import { riskMessages } from './messages';
import type { RiskFilter } from './riskFilter';
import { RISK_STATUSES, STATUS_KEYS } from './riskLabels';
import { useScaleLabels } from './scaleLabels';
import { useRiskPageStyles } from './riskStyles';

/** Props of RiskFilters. */
export interface RiskFiltersProps {
  filter: RiskFilter;
  onChange: (filter: RiskFilter) => void;
  /** The team's members, for the owner filter. */
  members: readonly Person[];
}

const LEVELS: readonly RiskLevel[] = ['critical', 'high', 'medium', 'low'];

/** Renders labelled controls whose changes apply at once. */
export function RiskFilters({ filter, onChange, members }: RiskFiltersProps) {
  const t = useMessages(riskMessages);
  const d = useMessages(depthMessages);
  const labels = useScaleLabels();
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
      <Field label={d('filterLevel')} className={styles.narrowFilter}>
        <FittedSelect
          value={filter.level}
          onChange={(_, data) => onChange({ ...filter, level: data.value as RiskLevel | 'all' })}
        >
          <option value="all">{d('allLevels')}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {labels.level(level)}
            </option>
          ))}
        </FittedSelect>
      </Field>
      <Field label={d('filterOwner')} className={styles.narrowFilter}>
        <FittedSelect
          value={filter.owner}
          onChange={(_, data) => onChange({ ...filter, owner: data.value })}
        >
          <option value="all">{d('allOwners')}</option>
          <option value="none">{d('withoutOwner')}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.displayName}
            </option>
          ))}
        </FittedSelect>
      </Field>
      <Field label={t('filterStatus')} className={styles.narrowFilter}>
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
      <Checkbox
        label={d('filterOverdue')}
        checked={filter.overdueOnly}
        onChange={(_, data) => onChange({ ...filter, overdueOnly: data.checked === true })}
      />
    </>
  );
}
