import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test gets the modules fresh, as a page that has not loaded Dutch yet (the test setup
// loads it for every other test).
afterEach(() => {
  vi.doUnmock('./dutch');
  vi.resetModules();
});

async function freshPage() {
  vi.resetModules();
  const loader = await import('./load-language');
  const { i18nFor } = await import('./i18n');
  const { itemName, noteText } = await import('./data-translations');
  return { ...loader, i18nFor, itemName, noteText };
}

describe('loading a language', () => {
  it('has English from the start, and shows English until Dutch has come', async () => {
    const page = await freshPage();
    expect(page.isLanguageReady('en')).toBe(true);
    expect(page.isLanguageReady('nl')).toBe(false);
    expect(page.i18nFor('nl').language).toBe('en');
    expect(page.i18nFor('nl').t.title).toBe(page.i18nFor('en').t.title);
    expect(page.itemName('weapons', 'nl')).toEqual({ text: 'weapons', lang: 'en' });
  });

  it('loads Dutch once, with its words and its data tables, and tells who listens', async () => {
    const page = await freshPage();
    const heard = vi.fn();
    const stop = page.subscribeLanguages(heard);
    const before = page.languagesVersion();
    const first = page.loadLanguage('nl');
    expect(page.loadLanguage('nl')).toBe(first);
    await first;
    expect(heard).toHaveBeenCalledTimes(1);
    expect(page.languagesVersion()).toBe(before + 1);
    expect(page.i18nFor('nl').t.title).toBe('Militaire steun aan Oekraïne');
    expect(page.itemName('weapons', 'nl')).toEqual({ text: 'wapens', lang: 'nl' });
    await page.loadLanguage('en');
    stop();
  });

  it('says so when the chunk cannot be fetched, and fetches again when asked again', async () => {
    vi.doMock('./dutch', () => {
      throw new Error('offline');
    });
    const page = await freshPage();
    await expect(page.loadLanguage('nl')).rejects.toThrow();
    expect(page.i18nFor('nl').language).toBe('en');
    vi.doUnmock('./dutch');
    await page.loadLanguage('nl');
    expect(page.i18nFor('nl').language).toBe('nl');
  });
});
