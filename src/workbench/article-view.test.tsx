import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ARTICLE } from '../test/workbench-fixtures';
import { ArticleView, trimSpan } from './article-view';

const SENTENCE = 'Duitsland beloofde vorige week 350 miljoen euro aan steun.';

describe('the article view', () => {
  it('marks the candidate sentences and lists what was recognised in each', () => {
    render(
      <ArticleView
        article={ARTICLE}
        canReselect={false}
        onRecord={() => {}}
        onExcerpt={() => {}}
      />,
    );
    const text = screen.getByRole('document', { name: /Text of 005_test-2022-03/ });
    expect(within(text).getByText(SENTENCE).tagName).toBe('MARK');
    const item = screen.getByRole('button', { name: SENTENCE }).closest('li')!;
    const chips = within(item).getByRole('list', { name: 'Recognised' });
    expect(chips).toHaveTextContent('350 miljoen euro');
    expect(chips).toHaveTextContent('Duitsland (DE)');
  });

  it('opens a record from a candidate, by its exact offsets', async () => {
    const onRecord = vi.fn();
    render(
      <ArticleView
        article={ARTICLE}
        canReselect={false}
        onRecord={onRecord}
        onExcerpt={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: SENTENCE }));
    const start = ARTICLE.text.indexOf(SENTENCE);
    expect(onRecord).toHaveBeenCalledWith({ start, end: start + SENTENCE.length });
  });

  it('opens a record, or sets the open one’s excerpt, from a span selected by keyboard', async () => {
    const onRecord = vi.fn();
    const onExcerpt = vi.fn();
    render(<ArticleView article={ARTICLE} canReselect onRecord={onRecord} onExcerpt={onExcerpt} />);
    const plain = screen.getByRole('textbox', { name: /select with Shift/ });
    const start = ARTICLE.text.indexOf('350 miljoen euro');
    // A selection with a space at either end is taken without it.
    (plain as HTMLTextAreaElement).setSelectionRange(start - 1, start + 17);
    fireEvent.keyUp(plain, { key: 'ArrowRight', shiftKey: true });
    const group = screen.getByRole('group', { name: 'Selected span' });
    expect(within(group).getByText('350 miljoen euro')).toBeInTheDocument();
    await userEvent.click(within(group).getByRole('button', { name: 'New record from this span' }));
    expect(onRecord).toHaveBeenCalledWith({ start, end: start + 16 });
    await userEvent.click(within(group).getByRole('button', { name: /open record’s excerpt/ }));
    expect(onExcerpt).toHaveBeenCalledWith({ start, end: start + 16 });
  });

  it('trims white space off a span, and has no span of white space alone', () => {
    expect(trimSpan(' ab ', { start: 0, end: 4 })).toEqual({ start: 1, end: 3 });
    expect(trimSpan('a   b', { start: 1, end: 4 })).toBeNull();
  });
});
