import { balanceBidi } from '../data/bidi';

/**
 * Text a dataset or the reader brought (a file name, a note, an excerpt, a summary), shown
 * direction-isolated: its right-to-left letters or direction controls cannot reorder the app's
 * own words around it.
 */
export function UserText({
  text,
  lang,
  className,
  translate,
  id,
}: {
  text: string;
  lang?: string | undefined;
  className?: string;
  translate?: 'no';
  id?: string;
}) {
  return (
    <bdi lang={lang} className={className} translate={translate} id={id}>
      {balanceBidi(text)}
    </bdi>
  );
}
