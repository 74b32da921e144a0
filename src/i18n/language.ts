/** The language of the interface (excerpts stay Dutch, with their translation). */
export type Language = 'en' | 'nl';
export const LANGUAGES: readonly Language[] = ['en', 'nl'];
