import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeRecord } from '../test/make-record';
import { resetViewStore, useViewStore } from '../state/store';
import { SourcePanel } from './source-panel';

const excerpt = 'De VS leveren 90 ton wapens.';
const article = [
  ' date 2022-01 Kiev vraagt om steun.',
  'Tekst loopt verder onder de tweet.',
  excerpt,
  'Volledig scherm Een vrachtvliegtuig in Kiev. © AP',
].join('\n\n');
const record = makeRecord({
  id: 'us-90-tonnes',
  sources: [{ id: 'nos', excerpt, translation: 'The US delivers 90 tonnes of weapons.' }],
});
const sources = [
  { id: 'nos', file: 'nos.txt', published: '2022-01', language: 'nl', summary: 'Steun' },
];

function Panel() {
  return (
    <SourcePanel
      byId={new Map([[record.id, record]])}
      rates={new Map()}
      sources={sources}
      texts={new Map([['nos', article]])}
    />
  );
}

describe('SourcePanel', () => {
  beforeEach(() => {
    resetViewStore({ all: true });
    useViewStore.getState().pin(record.id);
  });

  it('dims the page furniture, labelled, and keeps the article as it is', () => {
    render(<Panel />);
    const text = screen.getByLabelText('Full article text');
    expect(text.textContent).toBe(article.replace(/^\s*date \d{4}-\d{2}\s*/, ''));
    const furniture = [...text.querySelectorAll('.furniture')];
    expect(furniture.map((f) => f.textContent)).toEqual([
      'Tekst loopt verder onder de tweet.',
      'Volledig scherm Een vrachtvliegtuig in Kiev. © AP',
    ]);
    for (const f of furniture) expect(f).toHaveAttribute('title', 'not part of the report');
    expect(text.querySelector('mark.excerpt-in-article')).toHaveTextContent(excerpt);
  });

  it('opens at its heading, and one link goes to the sentence in the article', async () => {
    render(<Panel />);
    expect(screen.getByRole('heading', { name: 'The source' })).toHaveFocus();
    await userEvent.click(
      screen.getByRole('button', { name: 'Go to the sentence in the article' }),
    );
    expect(screen.getByLabelText('Full article text')).toHaveFocus();
  });

  it('offers no such link when the article did not come with the dataset', () => {
    render(
      <SourcePanel
        byId={new Map([[record.id, record]])}
        rates={new Map()}
        sources={sources}
        texts={new Map()}
      />,
    );
    expect(screen.queryByRole('button', { name: /Go to the sentence/ })).toBeNull();
  });
});
