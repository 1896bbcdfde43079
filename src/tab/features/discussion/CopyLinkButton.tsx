/** "Link kopiëren": copies an item's deep link, and shows it when the clipboard is unavailable. */
import { useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import type { DeepLinkTarget } from '../../navigation/deepLinks';
import { useMessages } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { itemLink } from './itemLink';
import { discussionMessages } from './messages';

/** Props of CopyLinkButton. */
export interface CopyLinkButtonProps {
  target: DeepLinkTarget;
  title: string;
}

/** Copies the link; the link stays visible in a read-only field so it can be copied by hand. */
export function CopyLinkButton({ target, title }: CopyLinkButtonProps) {
  const t = useMessages(discussionMessages);
  const session = useSession();
  const [shown, setShown] = useState<{ link: string; copied: boolean }>();

  async function copy() {
    const link = itemLink(session, target, title);
    // Teams frames may deny clipboard access; the field below is then the way to copy.
    const copied = await navigator.clipboard?.writeText(link).then(
      () => true,
      () => false,
    );
    setShown({ link, copied: copied === true });
  }

  return (
    <>
      <Button
        size="small"
        icon={<LinkRegular />}
        aria-label={t('copyLinkLabel', { title })}
        onClick={() => void copy()}
      >
        {t('copyLink')}
      </Button>
      {shown && (
        <Field
          label={t('linkField')}
          validationState={shown.copied ? 'success' : 'none'}
          validationMessage={shown.copied ? t('linkCopied') : t('linkShown')}
        >
          <Input readOnly value={shown.link} onFocus={(event) => event.target.select()} />
        </Field>
      )}
    </>
  );
}
