import '../fakes/tabSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppNav } from '../../../../src/tab/navigation/AppNav';
import type { RouteId } from '../../../../src/tab/navigation/routes';

function Harness() {
  const [current, setCurrent] = useState<RouteId>('start');
  return (
    <FluentProvider theme={webLightTheme}>
      <AppNav current={current} onNavigate={setCurrent} />
      <output aria-label="page">{current}</output>
    </FluentProvider>
  );
}

describe('AppNav', () => {
  it('lists the pages in the order of the job', () => {
    render(<Harness />);

    const main = within(screen.getAllByRole('tablist')[0]!);
    const tabs = main.getAllByRole('tab');
    const order = [
      'Start',
      'Zelfevaluatie',
      'Toetsing',
      'Type',
      'Risico’s',
      'Governance',
      'Beheersing',
      'Actieplan',
    ];
    const positions = order.map((name) => tabs.indexOf(main.getByRole('tab', { name })));
    expect(positions).toEqual(order.map((_, index) => index));
    expect(tabs).toHaveLength(order.length);
  });

  it('Toetsing opens Vergelijking with its own tab list', async () => {
    const user = userEvent.setup();
    render(<Harness />);

    await user.click(screen.getByRole('tab', { name: 'Toetsing' }));

    expect(screen.getByRole('status', { name: 'page' })).toHaveTextContent('review/comparison');
    await user.click(screen.getByRole('tab', { name: 'Zwakke punten' }));
    expect(screen.getByRole('status', { name: 'page' })).toHaveTextContent('review/findings');
  });
});
