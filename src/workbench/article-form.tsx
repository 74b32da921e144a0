import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useI18n } from '../ui/use-i18n';
import { articleIdProblem, suggestArticleId } from './ids';
import { useWork } from './work-context';

/**
 * Add an article: its text pasted, dropped or picked from a .txt (kept byte for byte), its
 * publication date (the month at least), language, and where known title and outlet; its id
 * (the file's stem in data/sources/) is suggested and checked against the ids taken.
 */
export function ArticleForm({ onAdded }: { onAdded: (id: string) => void }) {
  const { t } = useI18n();
  const w = t.workbench;
  const { doc, dispatch, base } = useWork();
  const uid = useId();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [language, setLanguage] = useState<'nl' | 'en'>('nl');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [summary, setSummary] = useState('');
  const [typedId, setTypedId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);

  const taken = [...base.sources.map((s) => s.id), ...doc.articles.map((a) => a.id)];
  const id = typedId ?? suggestArticleId(outlet, published, taken);
  const idProblem = articleIdProblem(id, taken);
  const problems = {
    text: text.trim() === '' ? w.needText : null,
    published: /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(published) ? null : w.needMonth,
    summary: summary.trim() === '' ? w.needSummary : null,
    id: idProblem ? w.idProblems[idProblem] : null,
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.txt$/i.test(file.name)) {
      setFileError(w.notTxt(file.name));
      return;
    }
    setFileError(null);
    // Read as bytes and decoded as UTF-8 without any change (no BOM stripped, no line ends).
    const bytes = new Uint8Array(await file.arrayBuffer());
    setText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    const dateLine = /^\s*date (\d{4}-\d{2})/.exec(new TextDecoder().decode(bytes.slice(0, 40)));
    if (dateLine && !published) setPublished(dateLine[1]!);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    dispatch({
      type: 'add-article',
      article: {
        id,
        text,
        published,
        language,
        summary: summary.trim(),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(outlet.trim() ? { outlet: outlet.trim() } : {}),
      },
    });
    onAdded(id);
    setText('');
    setTitle('');
    setOutlet('');
    setSummary('');
    setTypedId(null);
    setTried(false);
  };
  // The id is checked as it is typed; the rest once the curator tries to add the article.
  const shown = (field: keyof typeof problems) => (tried || field === 'id') && problems[field];
  const problem = (field: keyof typeof problems) =>
    shown(field) ? (
      <p className="workbench-problem" id={`${uid}-${field}-problem`}>
        {problems[field]}
      </p>
    ) : null;
  const described = (field: keyof typeof problems) =>
    shown(field) ? { 'aria-invalid': true, 'aria-describedby': `${uid}-${field}-problem` } : {};

  return (
    <form className="workbench-article-form" onSubmit={submit} noValidate>
      <h3>{w.addArticle}</h3>
      <label htmlFor={`${uid}-text`}>{w.articleText}</label>
      <textarea
        id={`${uid}-text`}
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onDrop={onDrop}
        onDragOver={(e) => e.preventDefault()}
        {...described('text')}
      />
      {problem('text')}
      <label className="workbench-file">
        {w.pickTxt}
        <input
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
      </label>
      {fileError && <p className="workbench-problem">{fileError}</p>}
      <div className="workbench-row">
        <label>
          {w.published}
          <input
            value={published}
            placeholder="2022-03"
            onChange={(e) => setPublished(e.target.value.trim())}
            {...described('published')}
            aria-describedby={[
              shown('published') ? `${uid}-published-problem` : '',
              `${uid}-published-hint`,
            ]
              .join(' ')
              .trim()}
          />
        </label>
        <label>
          {w.language}
          <select value={language} onChange={(e) => setLanguage(e.target.value as 'nl' | 'en')}>
            <option value="nl">{t.language.nl}</option>
            <option value="en">{t.language.en}</option>
          </select>
        </label>
        <label>
          {w.outlet}
          <input value={outlet} onChange={(e) => setOutlet(e.target.value)} />
        </label>
      </div>
      <p className="workbench-hint" id={`${uid}-published-hint`}>
        {w.publishedHint}
      </p>
      {problem('published')}
      <label>
        {w.articleTitle}
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {w.summary}
        <input
          value={summary}
          placeholder={title}
          onChange={(e) => setSummary(e.target.value)}
          {...described('summary')}
        />
      </label>
      {problem('summary')}
      <label>
        {w.articleId}
        <input value={id} onChange={(e) => setTypedId(e.target.value)} {...described('id')} />
      </label>
      {problem('id')}
      <p className="workbench-hint">{w.articleIdHint(id)}</p>
      <button type="submit" className="control-button">
        {w.addArticleButton}
      </button>
    </form>
  );
}
