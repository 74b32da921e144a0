import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import dataset from '../../data/announcements.json';
import translations from '../../data/translations-nl.json';
import type { Announcement, Dataset, SourceMeta } from '../data/schema';
import { resetViewStore, useViewStore } from '../state/store';
import { makeRecord } from '../test/make-record';
import { SourcesView } from './sources-view';

const data = dataset as Dataset;
/** The article texts as shipped, read the way the validator reads them: by the source's file. */
const texts = new Map(
  data.sources.map((s) => [s.id, readFileSync(`data/${s.file}`, 'utf8')] as const),
);

const ref = (id: string, excerpt: string) => ({ id, excerpt, translation: 't' });

const MONTHS: Record<string, string> = {
  '2022-01': 'Jan 2022',
  '2022-02': 'Feb 2022',
  '2022-03': 'Mar 2022',
  '2023-02': 'Feb 2023',
};

const citing = (sourceId: string, records: readonly Announcement[] = data.announcements) =>
  records.filter((r) => r.sources.some((s) => s.id === sourceId));

function renderBuiltIn() {
  return render(<SourcesView records={data.announcements} sources={data.sources} texts={texts} />);
}

function articleOf(sourceId: string) {
  return screen.getByRole('article', { name: new RegExp(sourceId) });
}

describe('SourcesView', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('shows each article, oldest first, with its month, summary and record count', () => {
    renderBuiltIn();
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(data.sources.length);
    const shown = articles.map((a) => data.sources.find((s) => a.textContent!.includes(s.id))!);
    const months = shown.map((s) => s.published);
    expect(months).toEqual([...months].sort());
    for (const source of data.sources) {
      const article = articleOf(source.id);
      // The curator's summary is the article's title; month and id complete its name.
      expect(article).toHaveAccessibleName(
        `${source.summary} ${MONTHS[source.published]} ${source.id}`,
      );
      expect(within(article).getByRole('heading', { level: 3 })).toHaveTextContent(source.summary);
      expect(article).toHaveTextContent(
        `Published: ${MONTHS[source.published]} · Dutch · ${citing(source.id).length} records`,
      );
      expect(
        within(article).getByRole('button', { name: `Cite this article: ${source.summary}` }),
      ).toHaveTextContent('Cite');
    }
  });

  it('lists one button per record drawn from the article; a button pins its record', async () => {
    renderBuiltIn();
    for (const source of data.sources) {
      const list = within(articleOf(source.id)).getByRole('list');
      expect(within(list).getAllByRole('button')).toHaveLength(citing(source.id).length);
    }
    const list = within(articleOf('000_da9c15313a6af13c')).getByRole('list');
    await userEvent.click(
      within(list).getByRole('button', { name: /^United States, approval, 26 Feb 2022/ }),
    );
    expect(useViewStore.getState().pinnedId).toBe('us-approval-350m');
  });

  it('opens the article with every excerpt marked and a ↗ to each of its records', async () => {
    renderBuiltIn();
    for (const source of data.sources) {
      const article = articleOf(source.id);
      // Folded, the article costs nothing: its text is drawn once it is opened.
      expect(article.querySelectorAll('mark')).toHaveLength(0);

      await userEvent.click(within(article).getByText('Read the article'));
      const marks = [...article.querySelectorAll('mark')];
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toBeVisible();
      for (const record of citing(source.id))
        for (const r of record.sources.filter((s) => s.id === source.id))
          expect(
            marks.some((m) => m.textContent!.includes(r.excerpt)),
            `${record.id}: ${r.excerpt}`,
          ).toBe(true);

      // Each record in the list has its ↗ in the text, under the same words.
      const listed = within(within(article).getByRole('list')).getAllByRole('button');
      for (const button of listed)
        expect(
          within(article).getAllByRole('button', {
            name: `Open the record: ${button.textContent}`,
          }).length,
        ).toBeGreaterThan(0);
    }
  });

  it('pins the record when its ↗ in the article is clicked', async () => {
    renderBuiltIn();
    const article = articleOf('000_da9c15313a6af13c');
    await userEvent.click(within(article).getByText('Read the article'));
    await userEvent.click(
      within(article).getByRole('button', {
        name: /^Open the record: United States, approval, 26 Feb 2022/,
      }),
    );
    expect(useViewStore.getState().pinnedId).toBe('us-approval-350m');
  });

  it('marks overlapping excerpts once, followed by a ↗ for each record', async () => {
    const source: SourceMeta = {
      id: 'src-x',
      file: 'src-x.txt',
      language: 'nl',
      published: '2022-03',
      summary: 'A handmade article.',
    };
    const a = makeRecord({ id: 'rec-a', donors: ['DE'], sources: [ref('src-x', 'twee drie')] });
    const b = makeRecord({ id: 'rec-b', donors: ['NL'], sources: [ref('src-x', 'drie vier')] });
    const c = makeRecord({ id: 'rec-c', donors: ['GB'], sources: [ref('src-x', 'zes')] });
    render(
      <SourcesView
        records={[a, b, c]}
        sources={[source]}
        texts={new Map([['src-x', ' date 2022-03 een twee drie vier vijf zes zeven']])}
      />,
    );
    const article = screen.getByRole('article');
    await userEvent.click(within(article).getByText('Read the article'));
    const marks = [...article.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['twee drie vier', 'zes']);
    const opens = within(article).getAllByRole('button', { name: /^Open the record: / });
    expect(opens.map((button) => button.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Open the record: Germany/),
      expect.stringMatching(/^Open the record: Netherlands/),
      expect.stringMatching(/^Open the record: United Kingdom/),
    ]);
    // The file's opening date line is not part of the article shown.
    expect(article).not.toHaveTextContent('date 2022-03');
  });

  it('shows an article’s title and outlet where the dataset names them, and cites them', () => {
    const source: SourceMeta = {
      id: 'src-t',
      file: 'src-t.txt',
      language: 'nl',
      published: '2022-03',
      summary: 'A handmade article.',
      title: 'Wie levert wapens?',
      outlet: 'De Krant',
    };
    const record = makeRecord({ sources: [ref('src-t', 'x')] });
    render(<SourcesView records={[record]} sources={[source]} texts={new Map()} />);
    const article = screen.getByRole('article');
    expect(within(article).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Wie levert wapens?',
    );
    expect(article).toHaveTextContent('A handmade article.');
    expect(article).toHaveTextContent('Outlet: De Krant');
    expect(
      within(article).getByRole('button', { name: 'Cite this article: Wie levert wapens?' }),
    ).toBeInTheDocument();
  });

  it('says so when an article’s text did not come with the dataset', () => {
    const source: SourceMeta = {
      id: 'src-missing',
      file: 'src-missing.txt',
      language: 'nl',
      published: '2022-03',
      summary: 'No text.',
    };
    const record = makeRecord({ sources: [ref('src-missing', 'x')] });
    render(<SourcesView records={[record]} sources={[source]} texts={new Map()} />);
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('The text of this article did not come with the dataset.');
    expect(within(article).queryByText('Read the article')).not.toBeInTheDocument();
    // The record's button and Cite.
    expect(within(article).getAllByRole('button')).toHaveLength(2);
  });

  it('lists the first 25 records of a large article, then all of them on request', async () => {
    const source: SourceMeta = {
      id: 'big',
      file: 'big.txt',
      language: 'nl',
      published: '2022-03',
      summary: 'Many records.',
    };
    const records = Array.from({ length: 60 }, () => makeRecord({ sources: [ref('big', 'x')] }));
    render(<SourcesView records={records} sources={[source]} texts={new Map()} />);
    const article = screen.getByRole('article');
    expect(within(article).getAllByRole('listitem')).toHaveLength(25);
    await userEvent.click(within(article).getByRole('button', { name: 'Show all 60 records' }));
    expect(within(article).getAllByRole('listitem')).toHaveLength(60);
    expect(within(article).queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
  });

  it('shows markup in an article as text, never as elements', async () => {
    const source: SourceMeta = {
      id: 'src-evil',
      file: 'src-evil.txt',
      language: 'nl',
      published: '2022-03',
      summary: '<b>bold</b> summary',
    };
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const record = makeRecord({ sources: [ref('src-evil', payload)] });
    render(
      <SourcesView
        records={[record]}
        sources={[source]}
        texts={new Map([['src-evil', `Before ${payload} & after`]])}
      />,
    );
    const article = screen.getByRole('article');
    await userEvent.click(within(article).getByText('Read the article'));
    expect(article.querySelector('mark')).toHaveTextContent(payload, {
      normalizeWhitespace: false,
    });
    expect(article.querySelector('img, script, b')).toBeNull();
    expect(within(article).getByText('<b>bold</b> summary')).toBeInTheDocument();
  });

  it('reads Dutch in Dutch: summaries from translations-nl.json, Dutch buttons', async () => {
    act(() => useViewStore.getState().setLanguage('nl'));
    renderBuiltIn();
    const summaries: Record<string, string> = translations.summaries;
    for (const source of data.sources) {
      const article = articleOf(source.id);
      const summary = within(article).getByText(summaries[source.summary]!);
      expect(summary).toHaveAttribute('lang', 'nl');
      expect(within(article).queryByText(source.summary)).not.toBeInTheDocument();
    }
    const article = articleOf('000_da9c15313a6af13c');
    const summary = summaries[data.sources.find((s) => s.id === '000_da9c15313a6af13c')!.summary];
    expect(article).toHaveAccessibleName(`${summary} mrt 2022 000_da9c15313a6af13c`);
    expect(article).toHaveTextContent(/Verschenen: mrt 2022 · Nederlands · \d+ records/);
    expect(
      within(article).getByRole('button', { name: /^Citeer dit artikel: / }),
    ).toHaveTextContent('Citeer');
    await userEvent.click(within(article).getByText('Lees het artikel'));
    await userEvent.click(
      within(article).getByRole('button', {
        name: /^Open het record: Verenigde Staten, goedkeuring, 26 feb 2022/,
      }),
    );
    expect(useViewStore.getState().pinnedId).toBe('us-approval-350m');
  });
});

it('marks the records a search found under each article, and its words in the text', async () => {
  resetViewStore({ all: true });
  act(() => useViewStore.getState().setQuery('grensregio'));
  render(
    <SourcesView
      records={data.announcements}
      sources={data.sources}
      texts={texts}
      matches={new Set(['us-first-deliveries-350m'])}
    />,
  );
  const found = screen.getAllByRole('listitem').filter((li) => li.classList.contains('search-hit'));
  expect(found).toHaveLength(1);
  expect(found[0]).toHaveTextContent(/^United States, delivery/);
  for (const fold of screen.getAllByText('Read the article')) await userEvent.click(fold);
  expect(screen.getAllByText('grensregio').some((el) => el.tagName === 'MARK')).toBe(true);
});
