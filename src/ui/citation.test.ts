import { describe, expect, it } from 'vitest';
import type { SourceMeta } from '../data/schema';
import { i18nFor } from '../i18n/i18n';
import { citationText, withRecord } from './citation';

const march: SourceMeta = {
  id: 'a',
  file: 'a.txt',
  language: 'nl',
  published: '2022-03',
  summary: 'US arms to Ukraine.',
};
const jan: SourceMeta = { ...march, id: 'b', published: '2022-01', summary: 'Baltic transfers.' };
const consulted = new Date(2026, 10, 24, 12);

describe('citationText', () => {
  it('cites an article by its summary, language and month, naming no outlet or author', () => {
    expect(
      citationText(i18nFor('en'), {
        articles: [march],
        where: { url: 'https://example.org/?view=sources' },
        consulted,
      }),
    ).toBe(
      '“US arms to Ukraine.” (news article in Dutch, March 2022); outlet and author not named. In: Military aid to Ukraine, https://example.org/?view=sources, consulted 24 November 2026.',
    );
  });

  it('cites a record by its id, with every article it comes from', () => {
    expect(
      citationText(i18nFor('en'), {
        articles: [march, jan],
        recordId: 'us-approval-350m',
        where: { url: 'https://example.org/?record=us-approval-350m' },
        consulted,
      }),
    ).toBe(
      'Record us-approval-350m, from “US arms to Ukraine.” (news article in Dutch, March 2022); “Baltic transfers.” (news article in Dutch, January 2022); outlet and author not named. In: Military aid to Ukraine, https://example.org/?record=us-approval-350m, consulted 24 November 2026.',
    );
  });

  it('names a reader’s own file where no address brings it back, in Dutch too', () => {
    expect(
      citationText(i18nFor('nl'), {
        articles: [march],
        recordId: 'x-1',
        where: { file: 'mine.csv' },
        consulted,
      }),
    ).toBe(
      'Record x-1, uit “US arms to Ukraine.” (nieuwsartikel in het Nederlands, maart 2022); medium en auteur niet genoemd. In: Militaire steun aan Oekraïne, mine.csv (een dataset die de lezer zelf laadde), geraadpleegd op 24 november 2026.',
    );
  });
});

describe('citationText with a title and outlet', () => {
  it('cites the article by its title and names its outlet where the dataset gives them', () => {
    const titled: SourceMeta = { ...march, title: 'Wie levert wapens?', outlet: 'De Krant' };
    expect(
      citationText(i18nFor('en'), {
        articles: [titled],
        where: { url: 'https://example.org/' },
        consulted,
      }),
    ).toBe(
      '“Wie levert wapens?” (news article in Dutch, De Krant, March 2022); author not named. In: Military aid to Ukraine, https://example.org/, consulted 24 November 2026.',
    );
    expect(
      citationText(i18nFor('nl'), {
        articles: [titled, jan],
        where: { url: 'https://example.org/' },
        consulted,
      }),
    ).toBe(
      '“Wie levert wapens?” (nieuwsartikel in het Nederlands, De Krant, maart 2022); “Baltic transfers.” (nieuwsartikel in het Nederlands, januari 2022); medium en auteur niet genoemd. In: Militaire steun aan Oekraïne, https://example.org/, geraadpleegd op 24 november 2026.',
    );
  });
});

describe('withRecord', () => {
  it('puts the record in the address, replacing another, and keeps the rest as written', () => {
    expect(withRecord('http://h/?donor=DE,US&record=old#x', 'new-1')).toBe(
      'http://h/?donor=DE,US&record=new-1',
    );
    expect(withRecord('http://h/', 'a')).toBe('http://h/?record=a');
    expect(withRecord('http://h/?view=sources&record=a', null)).toBe('http://h/?view=sources');
  });
});
