import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkHarness } from '../test/work-harness';
import { ARTICLE } from '../test/workbench-fixtures';
import Workbench from './workbench';

const SENTENCE = 'Duitsland beloofde vorige week 350 miljoen euro aan steun.';

function renderWorkbench() {
  return render(
    <WorkHarness>
      <Workbench />
    </WorkHarness>,
  );
}

async function addArticle(user: ReturnType<typeof userEvent.setup>) {
  const form = screen.getByRole('heading', { name: 'Add an article' }).closest('form')!;
  const f = within(form);
  await user.click(f.getByRole('textbox', { name: /Article text/ }));
  await user.paste(ARTICLE.text);
  await user.click(f.getByRole('textbox', { name: /Published/ }));
  await user.paste('2022-03');
  await user.click(f.getByRole('textbox', { name: /Summary/ }));
  await user.paste(ARTICLE.summary);
  await user.click(f.getByRole('button', { name: 'Add the article' }));
}

afterEach(() => {
  delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
});

// Each step validates the whole working dataset, as the page does: on a busy machine a test
// of several steps takes longer than Vitest's default five seconds.
describe('the workbench', { timeout: 20_000 }, () => {
  it('says the work lasts only as long as the page where the browser keeps no IndexedDB', async () => {
    renderWorkbench();
    expect(await screen.findByText(/IndexedDB is unavailable/)).toBeInTheDocument();
  });

  it('asks for what an article needs, then shows it byte for byte with its candidates', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    await user.click(screen.getByRole('button', { name: 'Add the article' }));
    expect(screen.getByRole('textbox', { name: /Article text/ })).toHaveAccessibleDescription(
      'Paste or drop the article’s text.',
    );
    expect(screen.getByRole('textbox', { name: /Published/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('textbox', { name: /Published/ })).toHaveAccessibleDescription(
      /^Give the publication month as YYYY-MM.*Give the day if you know it/,
    );
    await addArticle(user);
    const text = screen.getByRole('document', { name: /Text of 000_2022-03|Text of/ });
    expect(text.textContent).toBe(ARTICLE.text);
    expect(screen.getByRole('button', { name: SENTENCE })).toBeInTheDocument();
    // The form to add another is folded out of the way, the article's Remove named in full.
    const folded = screen.getByText('Add another article').closest('details')!;
    expect(folded).not.toHaveAttribute('open');
    expect(within(folded).getByRole('heading', { name: 'Add an article' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Remove 000_|^Remove / })).toHaveTextContent(
      /^Remove$/,
    );
  });

  it('turns a candidate into a checked record, accepts it, and undoes and redoes by keyboard', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    await addArticle(user);
    await user.click(screen.getByRole('button', { name: SENTENCE }));
    const form = screen.getByRole('form', { name: /^Record / });
    const f = within(form);
    expect(f.getByRole('textbox', { name: /^Excerpt/ })).toHaveValue(SENTENCE);
    expect(f.getByRole('textbox', { name: /^Donors/ })).toHaveValue('DE');
    expect(f.getByRole('combobox', { name: 'Kind' })).toHaveValue('pledge');
    expect(f.getByRole('textbox', { name: 'Value in units' })).toHaveValue('350000000');
    const translation = f.getByRole('textbox', { name: 'Translation (English)' });
    expect(translation).toHaveAccessibleDescription('must not be empty');
    expect(f.getByRole('button', { name: 'Accept the record' })).toBeDisabled();
    await user.click(translation);
    await user.paste('Germany pledged 350 million euros.');
    expect(f.getByText('No problems: the record passes the validator.')).toBeInTheDocument();
    await user.click(f.getByRole('button', { name: 'Accept the record' }));
    expect(screen.getByRole('heading', { name: '1 new record' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What the export adds or changes' })).toHaveTextContent(
      'Added de-pledge-350000000',
    );
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.queryByRole('heading', { name: '1 new record' })).toBeNull();
    expect(screen.getByRole('form', { name: /^Record / })).toBeInTheDocument();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(screen.getByRole('heading', { name: '1 new record' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.getByRole('heading', { name: '1 new record' })).toBeInTheDocument();
  });

  it('shows an article as soon as it is added, setting aside a draft open on another', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    await addArticle(user);
    await user.click(screen.getByRole('button', { name: SENTENCE }));
    expect(screen.getByRole('form', { name: /^Record / })).toBeInTheDocument();
    await user.click(screen.getByText('Add another article'));
    const form = screen.getByRole('heading', { name: 'Add an article' }).closest('form')!;
    const f = within(form);
    await user.click(f.getByRole('textbox', { name: /Article text/ }));
    await user.paste(' date 2022-04 Meer\n\nNederland leverde 200 Stingers.');
    await user.click(f.getByRole('textbox', { name: /Published/ }));
    await user.paste('2022-04');
    await user.click(f.getByRole('textbox', { name: /Summary/ }));
    await user.paste('The Netherlands delivers Stingers.');
    await user.click(f.getByRole('button', { name: 'Add the article' }));
    expect(
      screen.getByRole('button', { name: 'Nederland leverde 200 Stingers.' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /^Record / })).toBeNull();
    expect(screen.getByText('Add another article').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByRole('region', { name: 'Drafts' })).toBeInTheDocument();
  });

  it('keeps the work in IndexedDB: a new page finds it again', async () => {
    globalThis.indexedDB = new IDBFactory();
    const user = userEvent.setup();
    const first = renderWorkbench();
    await screen.findByText('Your work is saved in this browser as you go.');
    await addArticle(user);
    first.unmount(); // the page goes: what is pending is written at once
    renderWorkbench();
    expect(await screen.findByRole('button', { name: SENTENCE })).toBeInTheDocument();
  });
});
