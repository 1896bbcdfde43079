/** Display names of risk domains that tolerate a stored id the content does not know. */
import { riskDomains } from '../../../content/domains';
import { pickText, type Locale } from '../../i18n/messages';

/** Returns "number. name" of a domain, or the raw id when the content has no such domain. */
export function domainLabel(id: string | undefined, locale: Locale): string {
  const domain = riskDomains.find((candidate) => candidate.id === id);
  if (!domain) return id ?? '';
  return `${domain.number}. ${pickText(domain.name, locale)}`;
}
