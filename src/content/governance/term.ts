/** The shape of one entry in a governance vocabulary. */
import type { LocalizedText } from '../model';

/** One term of a governance vocabulary. The key is stored, never the label. */
export interface GovernanceTerm<Key extends string> {
  key: Key;
  label: LocalizedText;
}
