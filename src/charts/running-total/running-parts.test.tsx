import { render } from '@testing-library/react';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../i18n/i18n';
import { makeRecord, usd } from '../../test/make-record';
import type { RunningLayout, Stop } from './running-layout';
import { RunningLines } from './running-parts';

const reference = (x: number): Stop => ({
  t: 0,
  x,
  y: 0,
  value: 30e9,
  record: makeRecord({ kind: 'cumulative', amount: usd(30e9) }),
  reference: true,
  offScale: true,
});

function draw(x: number) {
  const layout: RunningLayout = {
    x: scaleUtc(),
    y: scaleLinear(),
    domainMax: 3e9,
    yTicks: [],
    xTicks: [],
    lines: [
      {
        series: { group: 'US', donors: ['US'], total: 2.5e9, points: [], references: [] },
        colour: 0,
        path: 'M0,100H300V0H340',
        stops: [reference(x)],
        labelY: 0,
        zeroY: 100,
      },
    ],
  };
  const { container } = render(
    <svg>
      <RunningLines layout={layout} width={340} narrow i18n={i18nFor('en')} />
    </svg>,
  );
  return container.querySelector('.running-reference')!;
}

describe('a reported total beyond the scale', () => {
  it('is written beside its date, left of the step that rises there, not across it', () => {
    const label = draw(300);
    expect(label).toHaveTextContent('★↑ $30B');
    expect(label).toHaveAttribute('text-anchor', 'end');
    expect(Number(label.getAttribute('x'))).toBeLessThan(300);
  });

  it('is written to the right of its date near the chart’s left edge', () => {
    const label = draw(40);
    expect(label).toHaveAttribute('text-anchor', 'start');
    expect(Number(label.getAttribute('x'))).toBeGreaterThan(40);
  });
});
