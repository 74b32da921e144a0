import natoFlag from '../assets/flags/nato.svg?url';
import './flag.css';

// Flags ship with the app (flag-icons, MIT); each is its own small file, fetched from our origin.
const flagUrls = import.meta.glob<string>('/node_modules/flag-icons/flags/4x3/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The URL of a donor's flag, or null when none ships for its code. */
export function flagUrl(code: string): string | null {
  if (code === 'NATO') return natoFlag;
  return flagUrls[`/node_modules/flag-icons/flags/4x3/${code.toLowerCase()}.svg`] ?? null;
}

/** A small flag; decorative, since the name is always written beside it. */
export function Flag({ code }: { code: string }) {
  const url = flagUrl(code);
  if (!url) return null;
  return <img className="flag" src={url} alt="" width={16} height={12} />;
}
