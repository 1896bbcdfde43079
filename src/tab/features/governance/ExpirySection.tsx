/** A start-page section: how many contracts reach a deadline within 30, 90 and 180 days. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { expiryWindows } from '../../../domain/governance/expiry';
import type { Contract } from '../../../domain/governance/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { useNavigate } from '../../navigation/NavigationContext';
import { formatDate, toDateOnly } from '../../shell/dates';
import { useSession } from '../../shell/StoreContext';
import { governanceMessages } from './messages';

/** The soonest deadlines the section names; the Governance page lists them all. */
const MAX_LISTED = 5;

const useSectionStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  button: { alignSelf: 'start' },
});

/** Renders nothing until the contracts are read, and nothing when no contract has a deadline. */
export function ExpirySection() {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useSectionStyles();
  const navigate = useNavigate();
  const { store } = useSession();
  const [contracts, setContracts] = useState<Contract[]>();

  useEffect(() => {
    let current = true;
    store.governance?.contracts
      .list()
      .then((list) => current && setContracts(list))
      .catch((error: unknown) => console.error('[governance] reading contracts failed', error));
    return () => {
      current = false;
    };
  }, [store]);

  if (!contracts) return null;
  const windows = expiryWindows(contracts, toDateOnly());
  const titleOf = (key: string) => contracts.find((contract) => contract.key === key)?.title ?? key;
  if (windows[180].length === 0) return null;

  return (
    <section aria-labelledby="start-expiry" className={styles.root}>
      <h2 id="start-expiry" className={styles.heading}>
        {t('startExpiry')}
      </h2>
      <p className={styles.text}>
        {t('startExpiryCounts', {
          in30: windows[30].length,
          in90: windows[90].length,
          in180: windows[180].length,
        })}
      </p>
      <ul className={styles.list}>
        {windows[180].slice(0, MAX_LISTED).map((deadline) => (
          <li key={deadline.contractKey}>
            {titleOf(deadline.contractKey)}:{' '}
            {deadline.kind === 'notice'
              ? t('deadlineNotice', { date: formatDate(deadline.date, locale) })
              : t('deadlineEnd', { date: formatDate(deadline.date, locale) })}
          </li>
        ))}
      </ul>
      <Button className={styles.button} onClick={() => navigate('governance')}>
        {t('openExpiry')}
      </Button>
    </section>
  );
}
