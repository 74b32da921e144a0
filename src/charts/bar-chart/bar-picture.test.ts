import { describe, expect, it } from 'vitest';
import dataset from '../../../data/announcements.json';
import { GDP_BY_CODE } from '../../data/gdp';
import { createRateIndex } from '../../data/rates';
import type { Dataset } from '../../data/schema';
import { i18nFor } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import type { Metric } from '../../state/store';
import { parse, texts } from '../../test/chart-pictures';
import { absentGroups, absentSentence, hasBar } from './bar-absent';
import { layoutBars } from './bar-layout';
import { barChartPicture, wrapLines } from './bar-picture';
import { barScale } from './bar-scale';
import { metricFormat } from './bar-values';

const data = dataset as Dataset;
const rates = createRateIndex(data.exchangeRates);
const aid = data.announcements.filter((r) => r.kind !== 'deployment');

/** The downloaded comparison of the shipped data, as the chart hands it over. */
function picture(metric: Metric, language: Language = 'en') {
  const i18n = i18nFor(language);
  const laid = layoutBars(aid, rates, metric, 'anti-tank', GDP_BY_CODE);
  const absent = absentGroups(laid, aid, metric, 'anti-tank');
  const rows = laid.filter(hasBar);
  const input = {
    rows,
    scale: barScale(rows, 400, 5),
    barWidth: 400,
    rowHeight: 34,
    metric,
    category: 'anti-tank' as const,
    announcements: aid.length,
    format: metricFormat(metric, null, i18n),
    rates,
    i18n,
    sourceLine: 'Source',
    absent,
  };
  return {
    doc: parse(barChartPicture(input).svg),
    sentence: absentSentence(absent, 'anti-tank', i18n),
  };
}

describe('the downloaded comparison', () => {
  it('names the donors without a sum under the chart, in the words of the line on screen', () => {
    const { doc, sentence } = picture('usd');
    expect(sentence).toMatch(/^No sum printed for .*Germany.*United Kingdom/);
    const written = texts(doc);
    // Wrapped into lines, the picture's text is the sentence, word for word.
    const first = written.findIndex((text) => text!.startsWith('No sum printed for'));
    expect(first).toBeGreaterThan(0);
    const lines = written.slice(first).filter((text) => sentence.includes(text!));
    expect(lines.join(' ')).toBe(sentence);
    // Under the bars, above the source line, inside the picture.
    const ys = [...doc.getElementsByTagName('text')].map((t) => Number(t.getAttribute('y')));
    const noteY = ys[first]!;
    const height = Number(doc.documentElement.getAttribute('height'));
    expect(noteY).toBeLessThan(height - 20);
    const label = [...doc.getElementsByTagName('text')].find(
      (t) => t.textContent === 'United States',
    );
    expect(noteY).toBeGreaterThan(Number(label!.getAttribute('y')) + 58);
  });

  it('says it in Dutch in the Dutch interface, and writes no line when every donor has a bar', () => {
    expect(texts(picture('usd', 'nl').doc).join(' ')).toContain('Geen bedrag genoemd voor');
    const counted = picture('count');
    expect(counted.sentence).toBe('');
    expect(texts(counted.doc).join(' ')).not.toMatch(/No sum printed|no count/i);
  });
});

describe('wrapLines', () => {
  it('breaks at spaces within the width, a longer word alone', () => {
    expect(wrapLines('No sum printed for Germany and Spain.', 16)).toEqual([
      'No sum printed',
      'for Germany and',
      'Spain.',
    ]);
    expect(wrapLines('Estonia+Lithuania+Latvia and', 10)).toEqual([
      'Estonia+Lithuania+Latvia',
      'and',
    ]);
    expect(wrapLines('', 10)).toEqual([]);
  });
});
