import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../state/store';
import { makeRecord, onDay } from '../test/make-record';
import { DatasetStats } from './dataset-stats';

/** The figures as the reader meets them: each term with the value beside it. */
function figures(regionName: string): string[] {
  const region = screen.getByRole('region', { name: regionName });
  const terms = within(region).getAllByRole('term');
  const values = within(region).getAllByRole('definition');
  return terms.map((term, i) => `${term.textContent}: ${values[i]!.textContent}`);
}

describe('DatasetStats', () => {
  beforeEach(() => resetViewStore({ all: true }));

  const records = [
    makeRecord({ donors: ['US', 'GB'], date: onDay('2022-01-10') }),
    makeRecord({ donors: ['US'], date: onDay('2022-02-24') }),
    makeRecord({ donors: ['DE'], date: { ...onDay('2022-03-01'), end: '2022-03-05' } }),
  ];

  it('says how many announcements, donors and articles the dataset holds, and its span', () => {
    render(<DatasetStats records={records} sourceCount={2} />);
    expect(figures('What the dataset holds')).toEqual([
      'Announcements: 3',
      'Donors: 3',
      'Articles: 2',
      'Date span: 10 Jan 2022 – 5 Mar 2022',
    ]);
  });

  it('speaks the reader’s language', () => {
    useViewStore.getState().setLanguage('nl');
    render(<DatasetStats records={records} sourceCount={2} />);
    expect(figures('Wat de dataset bevat')).toEqual([
      'Aankondigingen: 3',
      'Donoren: 3',
      'Artikelen: 2',
      'Periode: 10 jan 2022 – 5 mrt 2022',
    ]);
  });

  it('shows a dash for the span of a dataset with no records', () => {
    render(<DatasetStats records={[]} sourceCount={0} />);
    expect(figures('What the dataset holds')).toEqual([
      'Announcements: 0',
      'Donors: 0',
      'Articles: 0',
      'Date span: —',
    ]);
  });
});
