/** The reminders of the start page as a list; each names what needs doing. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { startMessages } from './messages';
import type { Reminder } from './overview';

const useReminderStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
});

/** Renders the reminders, or a line stating that there are none. */
export function ReminderList({ reminders }: { reminders: Reminder[] }) {
  const t = useMessages(startMessages);
  const locale = useLocale();
  const styles = useReminderStyles();

  const text = (reminder: Reminder) => {
    switch (reminder.kind) {
      case 'required':
        return t('reminderRequired', { number: reminder.questionNumber });
      case 'riskOwner':
        return t('reminderRiskOwner', { title: reminder.title });
      case 'actionOwner':
        return t('reminderActionOwner', { title: reminder.title });
      case 'overdue':
        return t('reminderOverdue', {
          title: reminder.title,
          date: formatDate(reminder.dueDate, locale),
        });
      case 'plan':
        return t('reminderPlan');
    }
  };

  if (reminders.length === 0) return <p>{t('noReminders')}</p>;
  return (
    <ul className={styles.list}>
      {reminders.map((reminder, index) => (
        <li key={`${reminder.kind}-${index}`}>{text(reminder)}</li>
      ))}
    </ul>
  );
}
