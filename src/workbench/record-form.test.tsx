import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ARTICLE, base, baseTexts, goodDraft } from '../test/workbench-fixtures';
import { useViewStore } from '../state/store';
import { RecordForm } from './record-form';
import { WorkContext, type Work } from './work-context';
import { EMPTY_DOCUMENT, type Draft } from './work-document';

function renderForm(draft: Draft) {
  const dispatch = vi.fn();
  const work: Work = {
    doc: { ...EMPTY_DOCUMENT, articles: [ARTICLE], drafts: [draft], open: draft.key },
    dispatch,
    undo: () => {},
    redo: () => {},
    canUndo: false,
    canRedo: false,
    storage: 'saved',
    base,
    baseTexts,
  };
  render(
    <WorkContext value={work}>
      <RecordForm draft={draft} />
    </WorkContext>,
  );
  return { dispatch, form: within(screen.getByRole('form', { name: `Record ${draft.id}` })) };
}

const lastChange = (dispatch: ReturnType<typeof vi.fn>) => dispatch.mock.calls.at(-1)![0].change;

describe('the record form', () => {
  it('shows every field labelled, the excerpt read-only beside its translation', () => {
    const { form } = renderForm(goodDraft());
    expect(form.getByRole('textbox', { name: /^Excerpt/ })).toHaveAttribute('readonly');
    for (const name of ['Record id', 'As printed', 'Value in units', 'Note', /^Part of/])
      expect(form.getByRole('textbox', { name })).toBeInTheDocument();
    for (const name of ['Kind', 'Currency', 'Precision', 'Basis'])
      expect(form.getByRole('combobox', { name })).toBeInTheDocument();
    expect(form.getByText('How it was inferred:').parentElement).toHaveTextContent(
      /vorige week' in an article of March 2022/,
    );
    expect(form.getByRole('status')).toHaveTextContent('No problems');
    expect(form.getByRole('button', { name: 'Accept the record' })).toBeEnabled();
  });

  it('shows the validator’s problem at the field it concerns', () => {
    const { form } = renderForm(goodDraft({ donors: ['DE', 'DE'] }));
    expect(form.getByRole('textbox', { name: /^Donors/ })).toHaveAccessibleDescription(
      /already listed as donors\[0\]/,
    );
    expect(form.getByRole('status')).toHaveTextContent('1 problem to fix');
    expect(form.getByRole('button', { name: 'Accept the record' })).toBeDisabled();
  });

  it('shows a field the schema refuses at that field', () => {
    const { form } = renderForm(goodDraft({ id: 'Bad Id' }));
    expect(form.getByRole('textbox', { name: 'Record id' })).toHaveAccessibleDescription(
      /kebab-case/,
    );
  });

  it('reads the amount as printed into value and currency as it is typed', async () => {
    const { dispatch, form } = renderForm(
      goodDraft({ amountText: '', amountValue: '', currency: '' }),
    );
    await userEvent.type(form.getByRole('textbox', { name: 'As printed' }), 'x');
    expect(lastChange(dispatch)).toEqual({ amountText: 'x' });
    const printed = form.getByRole('textbox', { name: 'As printed' });
    await userEvent.clear(printed);
    await userEvent.click(printed);
    await userEvent.paste('350 miljoen euro');
    expect(lastChange(dispatch)).toEqual({
      amountText: '350 miljoen euro',
      amountValue: '350000000',
      currency: 'EUR',
    });
  });

  it('adds and removes items, each with its own labelled fields', async () => {
    const item = {
      category: 'anti-tank' as const,
      name: 'Javelin',
      quantity: '17',
      unit: 'pieces',
    };
    const { dispatch, form } = renderForm(goodDraft({ items: [item] }));
    const group = within(form.getByRole('group', { name: 'Item 1' }));
    expect(group.getByRole('combobox', { name: 'Category' })).toHaveValue('anti-tank');
    expect(group.getByRole('textbox', { name: 'Quantity' })).toHaveAccessibleDescription(
      /^17 pieces is not in any excerpt as printed/,
    );
    await userEvent.click(group.getByRole('button', { name: 'Remove item 1' }));
    expect(lastChange(dispatch)).toEqual({ items: [] });
    await userEvent.click(form.getByRole('button', { name: 'Add an item' }));
    expect(lastChange(dispatch).items).toHaveLength(2);
  });

  it('points out a likely duplicate and adds the excerpt as its second source', async () => {
    const shipped = base.announcements.find((r) => r.id === 'us-approval-350m')!;
    const { dispatch, form } = renderForm(
      goodDraft({
        donors: ['US'],
        currency: 'USD',
        amountText: '',
        amountValue: '350000000',
        date: shipped.date,
        note: 'x',
      }),
    );
    const region = within(form.getByRole('region', { name: 'Likely the same event' }));
    await userEvent.click(
      region.getByRole('button', { name: 'Add as a second source of us-approval-350m' }),
    );
    const action = dispatch.mock.calls.at(-1)![0];
    expect(action).toMatchObject({ type: 'add-source', builtIn: true });
    expect(action.record.sources.at(-1)).toMatchObject({
      id: ARTICLE.id,
      translation: goodDraft().translation,
    });
  });

  it('asks for the exchange rate a record needs, checked as the validator checks it', async () => {
    const { dispatch, form } = renderForm(
      goodDraft({
        date: { start: '2022-02-01', end: '2022-02-28', precision: 'month', basis: 'inferred' },
      }),
    );
    expect(form.getByRole('textbox', { name: 'As printed' })).toHaveAccessibleDescription(
      /no exchange rate for EUR in 2022-02/,
    );
    const rate = within(form.getByRole('group', { name: /^Exchange rate for EUR in Feb/ }));
    await userEvent.type(rate.getByRole('textbox', { name: 'US dollars for 1 EUR' }), '0');
    expect(rate.getByRole('textbox', { name: 'US dollars for 1 EUR' })).toHaveAccessibleDescription(
      'must be greater than 0',
    );
    await userEvent.type(rate.getByRole('textbox', { name: 'US dollars for 1 EUR' }), '.5');
    await userEvent.click(rate.getByRole('button', { name: 'Add the rate' }));
    expect(
      rate.getByRole('textbox', { name: 'Where the rate comes from' }),
    ).toHaveAccessibleDescription('must not be empty');
    expect(dispatch).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'add-rate' }));
    await userEvent.type(rate.getByRole('textbox', { name: 'Where the rate comes from' }), 'ECB');
    await userEvent.click(rate.getByRole('button', { name: 'Add the rate' }));
    expect(dispatch).toHaveBeenLastCalledWith({
      type: 'add-rate',
      rate: { currency: 'EUR', month: '2022-02', usdPerUnit: 0.5, source: 'ECB' },
    });
  });

  it('gives the duplicate’s reason in the reader’s language', () => {
    useViewStore.getState().setLanguage('nl');
    try {
      const shipped = base.announcements.find((r) => r.id === 'us-approval-350m')!;
      const { form } = renderForm(
        goodDraft({
          donors: ['US'],
          currency: 'USD',
          amountText: '',
          amountValue: '350000000',
          date: shipped.date,
          note: 'x',
        }),
      );
      const region = form.getByRole('region', { name: 'Waarschijnlijk dezelfde gebeurtenis' });
      expect(region).toHaveTextContent(
        /us-approval-350m: zelfde donor \(Verenigde Staten\), 350\.000\.000 USD, gedateerd .*2022: toevoegen als tweede bron van dat record\?/,
      );
      expect(region).not.toHaveTextContent(/same donor|dated/);
    } finally {
      useViewStore.getState().setLanguage('en');
    }
  });

  it('suggests the package a delivery is part of', async () => {
    const { dispatch, form } = renderForm(
      goodDraft({
        kind: 'delivery',
        donors: ['US'],
        amountText: '',
        amountValue: '',
        items: [{ category: 'anti-tank', name: '', quantity: '', unit: '' }],
      }),
    );
    expect(form.getByText(/This delivery may be part of/)).toBeInTheDocument();
    await userEvent.click(form.getByRole('button', { name: 'Use it' }));
    expect(lastChange(dispatch).partOf).toMatch(/^us-/);
  });
});
