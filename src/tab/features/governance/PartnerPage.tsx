/** One partner's page: its assets, contracts, duties, risks and open actions, and the export. */
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { partnerKinds } from '../../../content/governance';
import type { DutyClaim } from '../../../domain/governance/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { dutyName } from '../../../domain/governance/flag';
import { useGovernanceStyles } from './governanceStyles';
import { partyLabel, termLabel } from './labels';
import { governanceMessages } from './messages';
import { exportPartnerXlsx } from './partnerExport';
import { summarisePartner } from './partnerSummary';
import type { GovernanceSnapshot } from './useGovernance';

/** Props of {@link PartnerPage}. */
export interface PartnerPageProps {
  snapshot: GovernanceSnapshot;
  partnerKey: string;
  onBack: () => void;
}

function Block({ id, title, items }: { id: string; title: string; items: ReactNode[] }) {
  const t = useMessages(governanceMessages);
  const styles = useGovernanceStyles();
  return (
    <section aria-labelledby={id} className={styles.card}>
      <h3 id={id} className={styles.subheading}>
        {title}
      </h3>
      {items.length === 0 ? (
        <p className={styles.text}>{t('nothing')}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function useClaimText(snapshot: GovernanceSnapshot) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  return (claim: DutyClaim) =>
    claim.kind === 'weDoIt'
      ? t('claimWeDoIt')
      : claim.kind === 'notUs'
        ? t('claimNotUs')
        : t('claimOther', { party: partyLabel(snapshot.data, claim.party, locale) });
}

/** Renders the partner's records in one place. */
export function PartnerPage({ snapshot, partnerKey, onBack }: PartnerPageProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const claimText = useClaimText(snapshot);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState(false);
  const partner = snapshot.data.partners.find((entry) => entry.key === partnerKey);
  if (!partner) return null;
  const summary = summarisePartner(snapshot, partnerKey, locale, claimText);

  const kindLabels = { role: t('role'), duty: t('duty'), contract: t('contract') };

  const download = async () => {
    setExporting(true);
    setExportError(false);
    try {
      await exportPartnerXlsx(partner.name, summary, {
        kind: t('kind'),
        subject: t('name'),
        detail: t('statements'),
        kinds: kindLabels,
        sheet: partner.name,
      });
    } catch (error) {
      console.error('[governance] exporting a partner failed', error);
      setExportError(true);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="partner-title">
      <div className={styles.toolbar}>
        <Button icon={<ArrowLeft20Regular />} onClick={onBack}>
          {t('backToInventory')}
        </Button>
      </div>
      <h2 id="partner-title" className={styles.heading}>
        {t('partnerPage', { name: partner.name })}
      </h2>
      <p className={styles.text}>
        {termLabel(partnerKinds, partner.kind, locale)}
        {partner.contact && ` · ${partner.contact.name}`}
        {partner.contact?.email && ` · ${partner.contact.email}`}
      </p>
      <Block
        id="partner-assets"
        title={t('partnerAssets')}
        items={summary.assets.map((asset) => asset.name)}
      />
      <Block
        id="partner-contracts"
        title={t('partnerContracts')}
        items={summary.contracts.map((contract) => contract.title)}
      />
      <Block
        id="partner-duties"
        title={t('partnerDuties')}
        items={summary.duties.map((duty) => pickText(dutyName(snapshot.data, duty), locale))}
      />
      <Block
        id="partner-risks"
        title={t('partnerRisks')}
        items={summary.risks.map((risk) => risk.title)}
      />
      <Block
        id="partner-actions"
        title={t('partnerActions')}
        items={summary.openActions.map((action) => action.title)}
      />
      <Block
        id="partner-expectations"
        title={t('partnerExpectations', { name: partner.name })}
        items={summary.expectations.map(
          (entry) =>
            `${kindLabels[entry.kind]} · ${entry.subject}${entry.detail ? `: ${entry.detail}` : ''}`,
        )}
      />
      <div className={styles.toolbar}>
        <Button onClick={() => void download()} disabled={exporting}>
          {t('exportXlsx')}
        </Button>
        {exporting && <Spinner size="tiny" label={t('exporting')} />}
      </div>
      {exportError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('exportFailed')}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
