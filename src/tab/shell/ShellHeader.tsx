/** The header: app name, local-mode banner, signed-in demo user, language and theme switches. */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useMessages, type Locale } from '../i18n/messages';
import { shellMessages } from './shellMessages';
import type { ThemeName } from './usePreferences';

const useHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  title: { marginRight: 'auto' },
  switch: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** Props of the header. */
export interface ShellHeaderProps {
  localMode: boolean;
  localUser?: string;
  locale: Locale;
  onLocale(locale: Locale): void;
  themeName: ThemeName;
  /** Absent inside Teams, where the Teams theme decides. */
  onTheme?: (theme: ThemeName) => void;
  onSwitchUser?: () => void;
}

/** Renders the header bar and, in local mode, the banner that says where the data is. */
export function ShellHeader(props: ShellHeaderProps) {
  const t = useMessages(shellMessages);
  const styles = useHeaderStyles();
  const languageId = useId('language');
  const themeId = useId('theme');

  return (
    <header className={styles.root}>
      <div className={styles.bar}>
        <Text as="span" weight="semibold" size={500} className={styles.title}>
          {t('appName')}
        </Text>
        {props.localMode && props.localUser && (
          <Text>
            {t('localUser')}: {props.localUser}
          </Text>
        )}
        {props.onSwitchUser && props.localUser && (
          <Button size="small" onClick={props.onSwitchUser}>
            {t('switchUser')}
          </Button>
        )}
        <span className={styles.switch}>
          <label htmlFor={languageId}>{t('language')}</label>
          <Select
            id={languageId}
            size="small"
            value={props.locale}
            onChange={(_, data) => props.onLocale(data.value as Locale)}
          >
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </Select>
        </span>
        {props.onTheme && (
          <span className={styles.switch}>
            <label htmlFor={themeId}>{t('theme')}</label>
            <Select
              id={themeId}
              size="small"
              value={props.themeName}
              onChange={(_, data) => props.onTheme?.(data.value as ThemeName)}
            >
              <option value="default">{t('themeLight')}</option>
              <option value="dark">{t('themeDark')}</option>
              <option value="contrast">{t('themeContrast')}</option>
            </Select>
          </span>
        )}
      </div>
      {props.localMode && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('localBanner')}</MessageBarBody>
        </MessageBar>
      )}
    </header>
  );
}
