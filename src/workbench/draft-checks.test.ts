import { describe, expect, it } from 'vitest';
import { base, goodDraft } from '../test/workbench-fixtures';
import { draftAdvice, draftRecord, withSecondSource, workbenchProblems } from './draft-checks';

describe('the workbench’s own checks', () => {
  it('wants the amount as printed, its value and each quantity in the excerpt', () => {
    expect(workbenchProblems(goodDraft())).toEqual([]);
    const wrong = goodDraft({
      amountText: '360 miljoen euro',
      amountValue: '360000000',
      items: [{ category: 'anti-tank', name: '', quantity: '17', unit: 'pieces' }],
    });
    expect(workbenchProblems(wrong).map((p) => [p.path, p.message])).toEqual([
      ['.amount', 'the amount as printed, "360 miljoen euro", is not in the excerpt'],
      ['.amount', '360000000 EUR is not in the excerpt as printed'],
      ['.items[0].quantity', '17 is not in the excerpt as printed'],
    ]);
  });

  it('says nothing the validator already said at the same place', () => {
    const said = [{ recordId: 'x', path: '.amount', message: 'not printed' }];
    expect(workbenchProblems(goodDraft({ amountValue: '1' }), said)).toEqual([]);
  });

  it('points out a likely duplicate among the records, and adds the draft as its second source', () => {
    const shipped = base.announcements.find((r) => r.id === 'us-approval-350m')!;
    const draft = goodDraft({
      donors: ['US'],
      currency: 'USD',
      amountText: '',
      date: shipped.date,
    });
    const advice = draftAdvice(draft, base.announcements);
    // Before the translation is written, too.
    expect(draftAdvice({ ...draft, translation: '' }, base.announcements)).toEqual(advice);
    expect(advice.duplicates.map((d) => d.id)).toContain('us-approval-350m');
    const merged = withSecondSource(shipped, draft);
    expect(merged.sources.at(-1)).toEqual({
      id: draft.articleId,
      excerpt: draft.excerpt,
      translation: draft.translation,
    });
    expect(draftAdvice(goodDraft({ kind: '' }), base.announcements)).toEqual({
      duplicates: [],
      partOf: null,
    });
    expect(draftRecord(goodDraft({ kind: '' }))).toBeNull();
  });
});
