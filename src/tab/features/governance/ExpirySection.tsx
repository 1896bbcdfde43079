/** A start-page section: how many contracts reach a deadline within 30, 90 and 180 days. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { expiryWindows } from '../../../domain/governance/expiry';
import type { Contract } from '../../../domain/governance/model';
import { useMessages } from '../../i18n/messages';
import { useNavigate } from '../../navigation/NavigationContext';
import { toDateOnly } from '../../shell/dates';
import { useSession } from '../../shell/StoreContext';
import { governanceMessages } from './messages';

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
  button: { alignSelf: 'start' },
});

/** Renders nothing until the contracts are read, and nothing when no contract has a deadline. */
export function ExpirySection() {
  const t = useMessages(governanceMessages);
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
      <Button className={styles.button} onClick={() => navigate('governance')}>
        {t('openExpiry')}
      </Button>
    </section>
  );
}
