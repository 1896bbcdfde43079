/** The mark beside a risk or domain that the management team put in its top three. */
import { Badge } from '@fluentui/react-components';
import { StarFilled } from '@fluentui/react-icons';
import { useMessages } from '../../i18n/messages';
import { depthMessages } from './depthMessages';

/** Shows "Top 3" with a star icon, so the highlight is text and shape, not colour alone. */
export function TopDomainMark() {
  const d = useMessages(depthMessages);
  return (
    <Badge appearance="outline" color="brand" icon={<StarFilled />} title={d('topDomainLabel')}>
      {d('topDomain')}
    </Badge>
  );
}
