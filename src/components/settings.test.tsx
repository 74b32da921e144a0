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
});
