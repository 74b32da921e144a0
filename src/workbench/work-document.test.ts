import { describe, expect, it } from 'vitest';
import { ARTICLE, goodDraft } from '../test/workbench-fixtures';
import { draftFromRecord, EMPTY_DOCUMENT, workReducer, type WorkAction } from './work-document';
import { draftRecord } from './draft-checks';

const apply = (...actions: WorkAction[]) => actions.reduce(workReducer, EMPTY_DOCUMENT);

describe('the workbench document', () => {
  it('adds an article once per id, and removing it takes its drafts and records', () => {
    const draft = goodDraft();
    const record = draftRecord(draft)!;
    let doc = apply(
      { type: 'add-article', article: ARTICLE },
      { type: 'add-article', article: { ...ARTICLE, summary: 'Again.' } },
      { type: 'open-draft', draft },
    );
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0]!.summary).toBe('Again.');
    expect(doc.open).toBe(draft.key);
    doc = workReducer(doc, { type: 'accept-draft', key: draft.key, record });
    doc = workReducer(doc, { type: 'open-draft', draft: { ...draft, key: 'draft-2' } });
    doc = workReducer(doc, { type: 'remove-article', id: ARTICLE.id });
    expect(doc).toEqual(EMPTY_DOCUMENT);
  });

  it('edits, focuses and discards drafts', () => {
    const doc = apply(
      { type: 'open-draft', draft: goodDraft() },
      { type: 'edit-draft', key: 'draft-1', change: { note: 'A doubt.' } },
      { type: 'focus-draft', key: null },
    );
    expect(doc.drafts[0]!.note).toBe('A doubt.');
    expect(doc.open).toBeNull();
    expect(workReducer(doc, { type: 'discard-draft', key: 'draft-1' }).drafts).toEqual([]);
  });

  it('accepting an edit of a record replaces it in place, under its new id if renamed', () => {
    const first = draftRecord(goodDraft())!;
    const second = { ...first, id: 'de-pledge-second' };
    let doc = apply(
      { type: 'accept-draft', key: 'none', record: first },
      { type: 'accept-draft', key: 'none', record: second },
    );
    const edit = draftFromRecord('draft-9', first, [ARTICLE]);
    expect(edit.excerpt).toBe(first.sources[0]!.excerpt);
    expect(ARTICLE.text.slice(edit.start, edit.end)).toBe(edit.excerpt);
    doc = workReducer(doc, { type: 'edit-record', id: first.id, draft: edit });
    doc = workReducer(doc, {
      type: 'accept-draft',
      key: 'draft-9',
      record: { ...first, id: 'de-pledge-renamed' },
    });
    expect(doc.records.map((r) => r.id)).toEqual(['de-pledge-renamed', 'de-pledge-second']);
    expect(doc.drafts).toEqual([]);
  });

  it('a second source goes to the shipped record as a change, or into the new record', () => {
    const record = draftRecord(goodDraft())!;
    const builtIn = apply(
      { type: 'open-draft', draft: goodDraft() },
      { type: 'add-source', key: 'draft-1', record, builtIn: true },
    );
    expect(builtIn.changed[record.id]).toBe(record);
    expect(builtIn.drafts).toEqual([]);
    const added = apply(
      { type: 'accept-draft', key: 'x', record },
      { type: 'add-source', key: 'x', record: { ...record, note: 'Two.' }, builtIn: false },
    );
    expect(added.records[0]!.note).toBe('Two.');
    expect(workReducer(added, { type: 'replace', document: EMPTY_DOCUMENT })).toBe(EMPTY_DOCUMENT);
  });
});
