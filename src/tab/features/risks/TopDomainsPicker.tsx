/** The management team's choice of its three most important risk domains, saved in the settings. */
import { Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { riskDomains } from '../../../content/domains';
import type { RiskDomainId } from '../../../content/model';
import type { PlanSettings } from '../../../domain/model';
import { toggleTopDomain } from '../../../domain/riskFilters';
import type { RisicoradarStore } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { depthMessages } from './depthMessages';
import { domainLabel } from './domainLabel';
import { useHeatMapStyles } from './heatMapStyles';

/** Props of TopDomainsPicker. */
export interface TopDomainsPickerProps {
  settings: RisicoradarStore['settings'];
  current?: PlanSettings;
  onSaved: (settings: PlanSettings) => void;
}

type PickState = 'idle' | 'limit' | 'saved' | 'failed';

/** Saves each change at once, and rejects a fourth domain with a message that gives the limit. */
export function TopDomainsPicker({ settings, current, onSaved }: TopDomainsPickerProps) {
  const d = useMessages(depthMessages);
  const locale = useLocale();
  const styles = useHeatMapStyles();
  const [state, setState] = useState<PickState>('idle');
  const [chosen, setChosen] = useState<RiskDomainId[]>(current?.topDomains ?? []);
  // Saves run one after the other, each with the ETag the one before returned, so quick clicks
  // neither lose a choice nor fail on a stale ETag.
  const latest = useRef(current);
  const queue = useRef<Promise<void>>(Promise.resolve());

  function toggle(domain: RiskDomainId) {
    const outcome = toggleTopDomain(chosen, domain);
    if (!outcome.ok) {
      setState('limit');
      return;
    }
    setChosen(outcome.domains);
    queue.current = queue.current.then(async () => {
      try {
        const base = latest.current ?? { key: 'plan' };
        latest.current = await settings.save({ ...base, topDomains: outcome.domains });
        onSaved(latest.current);
        setState('saved');
      } catch (error) {
        console.error('[risks] saving the top domains failed', error);
        setState('failed');
      }
    });
  }

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.heading}>{d('topDomainsTitle')}</legend>
      <Text block>{d('topDomainsIntro')}</Text>
      <div className={styles.checkboxes}>
        {riskDomains.map((domain) => (
          <Checkbox
            key={domain.id}
            label={domainLabel(domain.id, locale)}
            checked={chosen.includes(domain.id)}
            onChange={() => toggle(domain.id)}
          />
        ))}
      </div>
      <div aria-live="polite">
        {state === 'limit' && (
          <MessageBar intent="warning">
            <MessageBarBody>{d('topDomainsLimit')}</MessageBarBody>
          </MessageBar>
        )}
        {state === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{d('topDomainsFailed')}</MessageBarBody>
          </MessageBar>
        )}
        {state === 'saved' && <Text>{d('topDomainsSaved')}</Text>}
      </div>
    </fieldset>
  );
}
