import { describe, expect, it } from 'vitest';
import type { ArticleInput } from './candidate';
import { articleDate, findDates } from './dates';

const article = (text: string, published: string, language: 'nl' | 'en' = 'nl'): ArticleInput => ({
  id: 't',
  text,
  published,
  language,
});
/** Each phrase found, with its span and precision, as "text: start..end precision basis". */
const dates = (text: string, published: string, language: 'nl' | 'en' = 'nl') =>
  findDates(article(text, published, language)).map(
    (d) => `${d.text}: ${d.date.start}..${d.date.end} ${d.date.precision} ${d.date.basis}`,
  );

describe('date phrases, worked out from the publication date', () => {
  it.each<[string, string, 'nl' | 'en', string[]]>([
    [
      'De VS leverden in 2019 een wapen.',
      '2022-01',
      'nl',
      ['2019: 2019-01-01..2019-12-31 year explicit'],
    ],
    [
      'Dat de VS in augustus aankondigde en in november voltooide.',
      '2022-03',
      'nl',
      [
        'augustus: 2021-08-01..2021-08-31 month inferred',
        'november: 2021-11-01..2021-11-30 month inferred',
      ],
    ],
    ['in juni 2014', '2022-01', 'nl', ['juni 2014: 2014-06-01..2014-06-30 month explicit']],
    [
      'op 20 augustus 2021 in Kiev',
      '2022-01',
      'nl',
      ['20 augustus 2021: 2021-08-20..2021-08-20 day explicit'],
    ],
    ['per 20 februari', '2023-02', 'nl', ['20 februari: 2023-02-20..2023-02-20 day inferred']],
    [
      'on February 24, 2022',
      '2022-03',
      'en',
      ['February 24, 2022: 2022-02-24..2022-02-24 day explicit'],
    ],
    [
      'Twee dagen nadat Poetin op 24 februari binnenviel, keurde Biden het goed. Nog eens twee dagen later kwamen ze aan.',
      '2022-03',
      'nl',
      [
        'Twee dagen nadat Poetin op 24 februari: 2022-02-26..2022-02-26 day inferred',
        'twee dagen later: 2022-02-28..2022-02-28 day inferred',
      ],
    ],
    [
      'Two days after 24 February the US approved it.',
      '2022-03',
      'en',
      ['Two days after 24 February: 2022-02-26..2022-02-26 day inferred'],
    ],
    [
      'binnen de zes dagen na de invasie',
      '2022-03',
      'nl',
      ['binnen de zes dagen na de invasie: 2022-02-24..2022-03-02 week inferred'],
    ],
    [
      'within ten days of the invasion',
      '2022-03',
      'en',
      ['within ten days of the invasion: 2022-02-24..2022-03-06 month inferred'],
    ],
    [
      'three days before 1 March',
      '2022-03',
      'en',
      ['three days before 1 March: 2022-02-26..2022-02-26 day inferred'],
    ],
    [
      'sinds de invasie',
      '2022-04',
      'nl',
      ['sinds de invasie: 2022-02-24..2022-04-30 month inferred'],
    ],
    [
      'Een paar maanden geleden wilde het kabinet niet.',
      '2022-01',
      'nl',
      ['Een paar maanden geleden: 2021-09-01..2021-11-30 month inferred'],
    ],
    ['two months ago', '2022-05', 'en', ['two months ago: 2022-03-01..2022-03-31 month inferred']],
    [
      'vorige maand en vorig jaar',
      '2022-03',
      'nl',
      [
        'vorige maand: 2022-02-01..2022-02-28 month inferred',
        'vorig jaar: 2021-01-01..2021-12-31 year inferred',
      ],
    ],
    ['komende week, volgende maand in 2031', '2022-03', 'nl', []],
  ])('%s (%s)', (text, published, language, expected) => {
    expect(dates(text, published, language)).toEqual(expected);
  });

  it('counts weekdays from the latest day the text dates in its month', () => {
    const text =
      'In een verklaring op vrijdag, de eerste verjaardag van het Russische offensief, zei het Pentagon dit. Biden was maandag in Kiev; dinsdag volgde een demarche.';
    expect(dates(text, '2023-02')).toEqual([
      'op vrijdag: 2023-02-24..2023-02-24 day inferred',
      'de eerste verjaardag van het Russische offensief: 2023-02-24..2023-02-24 day inferred',
      'maandag: 2023-02-20..2023-02-20 day inferred',
      'dinsdag: 2023-02-21..2023-02-21 day inferred',
    ]);
    const [friday] = findDates(article(text, '2023-02'));
    expect(friday!.reasoning).toBe(
      "'op vrijdag' in an article of February 2023, whose latest dated event is Friday 24 February 2023 ('de eerste verjaardag van het Russische offensief'): the Friday on or before it, Friday 24 February 2023",
    );
  });

  it('counts from the publication day when it is given: the weekday before it, last week, yesterday', () => {
    expect(
      dates(
        'De VS stuurden vrijdag een vliegtuig. Afgelopen week leverde Londen wapens. Gisteren sprak Biden. Vandaag niets. Zondag ook.',
        '2022-01-24',
      ),
    ).toEqual([
      'vrijdag: 2022-01-21..2022-01-21 day inferred',
      'Afgelopen week: 2022-01-17..2022-01-23 week inferred',
      'Gisteren: 2022-01-23..2022-01-23 day inferred',
      'Vandaag: 2022-01-24..2022-01-24 day inferred',
      'Zondag: 2022-01-23..2022-01-23 day inferred',
    ]);
    expect(
      dates('On Friday the UK sent jets; this week more. Two weeks ago too.', '2022-01-24', 'en'),
    ).toEqual([
      'On Friday: 2022-01-21..2022-01-21 day inferred',
      'this week: 2022-01-24..2022-01-30 week inferred',
      'Two weeks ago: 2022-01-10..2022-01-10 day inferred',
    ]);
    const [friday] = findDates(article('vrijdag', '2022-01-24'));
    expect(friday!.reasoning).toBe(
      "'vrijdag' in an article of January 2022, published Monday 24 January 2022: the Friday before it, Friday 21 January 2022",
    );
  });

  it('gives the span a weekday may fall in when the article’s day is not known, and says so', () => {
    const [friday, week, today] = findDates(article('vrijdag, vorige week en vandaag', '2022-01'));
    expect(friday!.date).toEqual({
      start: '2021-12-31',
      end: '2022-01-28',
      precision: 'month',
      basis: 'inferred',
    });
    expect(friday!.reasoning).toContain('whose day is not known');
    expect(week!.date).toEqual({
      start: '2021-12-25',
      end: '2022-01-31',
      precision: 'month',
      basis: 'inferred',
    });
    expect(today!.date).toEqual({
      start: '2022-01-01',
      end: '2022-01-31',
      precision: 'month',
      basis: 'inferred',
    });
    expect(dates('twee dagen geleden en twee dagen later', '2022-01')).toEqual([]);
  });
});

describe('"in less than a week": the week from the day the text names before it', () => {
  it.each<[string, 'nl' | 'en', string]>([
    [
      'Poetin viel op 24 februari binnen. Nog eens twee dagen later kwamen de leveringen. “In minder dan een week tijd kregen ze 17.000 wapens.”',
      'nl',
      'In minder dan een week tijd: 2022-02-24..2022-03-02 week inferred',
    ],
    [
      'Russia invaded on 24 February. Two days later the first aid arrived. Within a week 17,000 weapons had crossed.',
      'en',
      'Within a week: 2022-02-24..2022-03-02 week inferred',
    ],
    [
      'Na de invasie kwam de hulp op gang: binnen een week waren de wapens er.',
      'nl',
      'binnen een week: 2022-02-24..2022-03-02 week inferred',
    ],
  ])('%s', (text, language, expected) => {
    expect(dates(text, '2022-03', language)).toContain(expected);
  });

  it('writes its reasoning in English whatever the article’s language', () => {
    const [nl] = findDates(
      article('Twee dagen nadat Poetin op 24 februari binnenviel.', '2022-03'),
    );
    expect(nl!.reasoning).toBe(
      "'Twee dagen nadat Poetin op 24 februari': 2 days after Thursday 24 February 2022: Saturday 26 February 2022",
    );
    const [one] = findDates(article('Een week na de invasie.', '2022-03'));
    expect(one!.reasoning).toMatch(
      /: 1 week after Thursday 24 February 2022: Thursday 3 March 2022$/,
    );
  });

  it('says what it counted from, and gives nothing when the text names no day before it', () => {
    const found = findDates(
      article('Op 3 maart vroeg Kiev hulp; in less than a week it came.', '2022-03', 'en'),
    );
    expect(found.at(-1)!.reasoning).toBe(
      "'in less than a week', counted from the day named before it, Thursday 3 March 2022 ('3 maart'): Thursday 3 March 2022 to Wednesday 9 March 2022",
    );
    expect(dates('In minder dan een week tijd was het geregeld.', '2022-03')).toEqual([]);
  });
});

describe('articleDate: the date of a text that names none', () => {
  it('is the article’s month, or its day when known', () => {
    expect(articleDate(article('Geen datum.', '2022-03'))).toMatchObject({
      date: { start: '2022-03-01', end: '2022-03-31', precision: 'month', basis: 'inferred' },
      reasoning: "no date in the text: the article's month, March 2022",
    });
    expect(articleDate(article('Geen datum.', '2022-03-05')).date).toEqual({
      start: '2022-03-05',
      end: '2022-03-05',
      precision: 'day',
      basis: 'inferred',
    });
  });
});
