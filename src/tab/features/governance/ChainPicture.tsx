/** A role chain drawn as boxes and arrows, with the same chain as sentences beside it. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowRight20Regular, Warning16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { roleKinds } from '../../../content/governance';
import type { ChainLink, RoleChain } from '../../../domain/governance/chain';
import { describeRoleChain } from '../../../domain/governance/chainText';
import type { GovernanceData, PartyRef } from '../../../domain/governance/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { partyLabel, termLabel } from './labels';
import { governanceMessages } from './messages';

const useChainStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: { fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  box: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  organisation: { backgroundColor: tokens.colorBrandBackground2 },
  doer: { border: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteGreenBorder2}` },
  problem: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  arrow: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
  missing: { color: tokens.colorPaletteRedForeground1, display: 'flex', alignItems: 'center' },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link ChainPicture}. */
export interface ChainPictureProps {
  data: GovernanceData;
  chain: RoleChain;
}

function Arrow({ data, link }: { data: GovernanceData; link: ChainLink }) {
  const t = useMessages(governanceMessages);
  const styles = useChainStyles();
  const contract = data.contracts.find((entry) => entry.key === link.contractKey);
  return (
    <span className={styles.arrow}>
      <ArrowRight20Regular />
      {contract ? (
        <span>{t('contractLabel', { title: contract.title })}</span>
      ) : (
        <span className={styles.missing}>
          <Warning16Regular />
          {t('contractMissing')}
        </span>
      )}
    </span>
  );
}

function Box({ label, className }: { label: string; className?: string }) {
  const styles = useChainStyles();
  return <span className={mergeClasses(styles.box, className)}>{label}</span>;
}

function ending(
  chain: RoleChain,
  t: (key: 'chainStatusUnassigned' | 'chainStatusCycle' | 'chainStatusBranched') => string,
) {
  if (chain.status === 'unassigned') return t('chainStatusUnassigned');
  if (chain.status === 'cycle') return t('chainStatusCycle');
  if (chain.status === 'branched') return t('chainStatusBranched');
  return undefined;
}

/** Draws the chain; the drawing is hidden from screen readers, which read the sentences. */
export function ChainPicture({ data, chain }: ChainPictureProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useChainStyles();
  const captionId = useId();
  const asset = data.assets.find((entry) => entry.key === chain.assetKey)?.name ?? chain.assetKey;
  const role = termLabel(roleKinds, chain.role, locale);
  const problem = ending(chain, t);
  const isDoer = (party: PartyRef, index: number) =>
    chain.doer !== undefined && index === chain.parties.length - 1;

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {t('chainFigure', { role, asset })}
      </figcaption>
      <div className={styles.row} aria-hidden="true">
        {chain.parties.map((party, index) => (
          <span key={`${index}-${party.kind}`} className={styles.row}>
            {index > 0 && <Arrow data={data} link={chain.links[index - 1]!} />}
            <Box
              label={partyLabel(data, party, locale)}
              className={mergeClasses(
                party.kind === 'organisation' && styles.organisation,
                isDoer(party, index) && styles.doer,
              )}
            />
          </span>
        ))}
        {problem && (
          <>
            <ArrowRight20Regular />
            <Box label={problem} className={styles.problem} />
          </>
        )}
      </div>
      <p className={styles.text}>{pickText(describeRoleChain(data, chain), locale)}</p>
    </figure>
  );
}
