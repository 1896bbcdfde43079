import '../fakes/tabSetup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Risk } from '../../../../src/domain/model';
import { OwnershipView } from '../../../../src/tab/features/ownership/OwnershipView';
import { people } from '../fakes/memoryStore';
import { renderWithSession } from '../fakes/renderWithSession';

const leaver = { id: 'u-els', userPrincipalName: 'els@demo.local', displayName: 'Els Janssens' };

function risk(init: Partial<Risk>): Risk {
  return {
    key: 'risk-1',
    title: 'Ransomware',
    description: '',
    domain: 'd8',
    cause: '',
    likelihood: 4,
    impact: 5,
    status: 'open',
    origin: 'own',
    ...init,
  };
}

describe('OwnershipView', () => {
  it('says the ownership is complete', () => {
    renderWithSession(
      <OwnershipView
        risks={[risk({ riskOwner: people.an })]}
        actions={[]}
        controls={[]}
        members={Object.values(people)}
        onOpen={() => undefined}
      />,
    );

    expect(screen.getByText(/Het eigenaarschap is sluitend/)).toBeInTheDocument();
  });

  it('flags an owner who left and opens the risk', async () => {
    const onOpen = vi.fn();
    renderWithSession(
      <OwnershipView
        risks={[risk({ riskOwner: leaver })]}
        actions={[]}
        controls={[]}
        members={Object.values(people)}
        onOpen={onOpen}
      />,
    );
    const user = userEvent.setup({ delay: null });

    expect(
      screen.getByText('Risico-eigenaar Els Janssens is geen lid meer van het team'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Het eigenaarschap is sluitend/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Risico openen: Ransomware' }));

    expect(onOpen).toHaveBeenCalledWith('risk', 'risk-1');
  });
});
