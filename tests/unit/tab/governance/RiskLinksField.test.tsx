import '../fakes/tabSetup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  RiskLinksField,
  type RiskLinks,
} from '../../../../src/tab/features/governance/RiskLinksField';
import { renderWithSession } from '../fakes/renderWithSession';
import { createGovernanceStore, seedChain } from './governanceFixtures';

function Harness({ onChange }: { onChange: (links: RiskLinks) => void }) {
  const [links, setLinks] = useState<RiskLinks>({});
  return (
    <RiskLinksField
      value={links}
      onChange={(next) => {
        setLinks(next);
        onChange(next);
      }}
    />
  );
}

describe('Risk links field', () => {
  it('picks a partner for the risk', async () => {
    const user = userEvent.setup();
    const { store, governance } = createGovernanceStore();
    seedChain(governance);
    const changes: RiskLinks[] = [];
    renderWithSession(<Harness onChange={(links) => changes.push(links)} />, { store });

    await user.click(await screen.findByRole('combobox', { name: 'Partners' }));
    // A multiselect Dropdown renders its options as menu item checkboxes.
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Firma B' }));

    expect(changes.at(-1)?.partnerKeys).toEqual(['b']);
    expect(changes.at(-1)?.assetKeys).toBeUndefined();
  });
});
