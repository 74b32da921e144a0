import { describe, expect, it } from 'vitest';
import { articleIdProblem, suggestArticleId, suggestRecordId } from './ids';

describe('ids', () => {
  it('suggests the next numbered article id from the outlet and the date', () => {
    expect(suggestArticleId('NRC Handelsblad', '2022-03', ['000_a', '004_b'])).toBe(
      '005_nrc-handelsblad-2022-03',
    );
    expect(suggestArticleId('', '', [])).toBe('000_article');
    expect(suggestArticleId('Le Soir é', '2022-03-04', ['x'])).toBe('000_le-soir-e-2022-03-04');
  });

  it('refuses an article id that is empty, not a file stem, or taken', () => {
    expect(articleIdProblem('', [])).toBe('empty');
    expect(articleIdProblem('../etc', [])).toBe('characters');
    expect(articleIdProblem('a b', [])).toBe('characters');
    expect(articleIdProblem('000_a', ['000_a'])).toBe('taken');
    expect(articleIdProblem('005_nrc-2022-03', ['000_a'])).toBeNull();
  });

  it('suggests a kebab-case record id not yet taken', () => {
    expect(suggestRecordId({ donors: ['US'], kind: 'pledge', figure: 2e9 }, new Set())).toBe(
      'us-pledge-2000000000',
    );
    expect(suggestRecordId({ donors: ['NL'], kind: '' }, new Set(['nl', 'nl-2']))).toBe('nl-3');
    expect(suggestRecordId({ donors: [], kind: '' }, new Set())).toBe('record');
  });
});
