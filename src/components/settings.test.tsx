import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../state/store';
import { Settings, useThemeEffect } from './settings';

/** The switches with the effect that applies the theme, as the app wires them. */
function ThemedSettings() {
  useThemeEffect();
  return <Settings />;
}

const group = (name: string) => screen.getByRole('radiogroup', { name });
const option = (groupName: string, name: string) =>
  within(group(groupName)).getByRole('radio', { name });
const checked = (groupName: string) =>
  within(group(groupName))
    .getAllByRole('radio', { checked: true })
    .map((radio) => radio.textContent);

describe('Settings', () => {
  beforeEach(() => {
    resetViewStore({ all: true });
    window.localStorage.clear();
    delete document.documentElement.dataset.theme;
  });

  it('offers the language and the theme as radio groups, English and System chosen', () => {
    render(<ThemedSettings />);
    expect(
      within(group('Language'))
        .getAllByRole('radio')
        .map((r) => r.textContent),
    ).toEqual(['English', 'Nederlands']);
    expect(
      within(group('Theme'))
        .getAllByRole('radio')
        .map((r) => r.textContent),
    ).toEqual(['System', 'Light', 'Dark']);
    expect(checked('Language')).toEqual(['English']);
    expect(checked('Theme')).toEqual(['System']);
  });

  it('names each language in itself, marked with its language', () => {
    render(<ThemedSettings />);
    expect(option('Language', 'English')).toHaveAttribute('lang', 'en');
    expect(option('Language', 'Nederlands')).toHaveAttribute('lang', 'nl');
  });

  it('switches to Dutch: the store’s language, and the groups’ own labels', async () => {
    render(<ThemedSettings />);
    await userEvent.click(option('Language', 'Nederlands'));
    expect(useViewStore.getState().language).toBe('nl');
    expect(checked('Taal')).toEqual(['Nederlands']);
    expect(
      within(group('Weergave'))
        .getAllByRole('radio')
        .map((r) => r.textContent),
    ).toEqual(['Systeem', 'Licht', 'Donker']);
    expect(screen.queryByRole('radiogroup', { name: 'Language' })).not.toBeInTheDocument();

    await userEvent.click(option('Taal', 'English'));
    expect(useViewStore.getState().language).toBe('en');
    expect(group('Language')).toBeInTheDocument();
  });

  it('puts a dark or light theme on the page', async () => {
    render(<ThemedSettings />);
    await userEvent.click(option('Theme', 'Dark'));
    expect(useViewStore.getState().theme).toBe('dark');
    expect(checked('Theme')).toEqual(['Dark']);
    expect(document.documentElement.dataset.theme).toBe('dark');

    await userEvent.click(option('Theme', 'Light'));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('leaves the page to the system’s theme when System is chosen', async () => {
    render(<ThemedSettings />);
    await userEvent.click(option('Theme', 'Dark'));
    await userEvent.click(option('Theme', 'System'));
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(useViewStore.getState().theme).toBe('system');
  });

  it('keeps the language when the theme changes, and the theme when the language does', async () => {
    render(<ThemedSettings />);
    await userEvent.click(option('Theme', 'Dark'));
    await userEvent.click(option('Language', 'Nederlands'));
    expect(checked('Weergave')).toEqual(['Donker']);
    expect(document.documentElement.dataset.theme).toBe('dark');
    await userEvent.click(option('Weergave', 'Licht'));
    expect(useViewStore.getState().language).toBe('nl');
  });

  it('is one tab stop: the arrow keys move across both groups, Space chooses, Tab leaves', async () => {
    render(
      <>
        <ThemedSettings />
        <button type="button">After</button>
      </>,
    );
    const toolbar = screen.getByRole('toolbar', { name: 'Language and theme' });
    expect(within(toolbar).getAllByRole('radiogroup')).toHaveLength(2);
    await userEvent.tab();
    expect(option('Language', 'English')).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();

    await userEvent.tab({ shift: true });
    expect(option('Language', 'English')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    // Moving the focus chooses nothing: English and System stay until Space.
    expect(option('Theme', 'Light')).toHaveFocus();
    expect(checked('Theme')).toEqual(['System']);
    await userEvent.keyboard(' ');
    expect(useViewStore.getState().theme).toBe('light');
    await userEvent.keyboard('{End}');
    expect(option('Theme', 'Dark')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(option('Language', 'English')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{Home}{ArrowRight}{Enter}');
    expect(useViewStore.getState().language).toBe('nl');
    // The stop is now where the focus was last: one Tab out and one back lands there.
    await userEvent.tab();
    await userEvent.tab({ shift: true });
    expect(option('Taal', 'Nederlands')).toHaveFocus();
    expect(
      within(screen.getByRole('toolbar', { name: 'Taal en weergave' }))
        .getAllByRole('radio')
        .filter((radio) => radio.tabIndex === 0),
    ).toHaveLength(1);
  });
});
