/**
 * Names a donor goes by in Dutch and English news: the country, its people and adjective, its
 * capital, its government's seat and leaders, and the organisations NATO and the EU. Each entry
 * is a code of src/data/codes.ts and the words (a regular expression each, case as printed) that
 * name it. Ukraine and Russia are never donors here, so they are not listed.
 */
export const DONOR_NAMES: Array<[code: string, words: string[]]> = [
  [
    'US',
    [
      'Verenigde Staten',
      'VS',
      'Amerika',
      'Amerikaanse?',
      'Amerikanen',
      'United States',
      'US',
      'U\\.S\\.',
      'USA',
      'America',
      'Americans?',
      'Washington',
      'Pentagon',
      'Witte Huis',
      'White House',
      'Biden',
      'Blinken',
      'State Department',
    ],
  ],
  [
    'GB',
    [
      'Groot-Brittannië',
      'Verenigd Koninkrijk',
      'Engeland',
      'Britse?',
      'Britten',
      'Londen',
      'Britain',
      'Great Britain',
      'United Kingdom',
      'UK',
      'British',
      'Britons',
      'Brits',
      'London',
      'Downing Street',
    ],
  ],
  [
    'DE',
    [
      'Duitsland',
      'Bondsrepubliek',
      'Duitse?',
      'Duitsers',
      'Berlijn',
      'Germany',
      'Germans?',
      'Berlin',
      'Scholz',
      'Lambrecht',
    ],
  ],
  ['FR', ['Frankrijk', 'Franse?', 'Fransen', 'Parijs', 'France', 'French', 'Paris', 'Macron']],
  [
    'NL',
    [
      'Nederland',
      'Nederlandse?',
      'Nederlanders',
      'Den Haag',
      'Netherlands',
      'Dutch',
      'The Hague',
      'Rutte',
      'Hoekstra',
      'Ollongren',
    ],
  ],
  ['BE', ['België', 'Belgische?', 'Belgen', 'Belgium', 'Belgians?']],
  ['SE', ['Zweden', 'Zweedse?', 'Sweden', 'Swedish', 'Swedes', 'Stockholm']],
  ['NO', ['Noorwegen', 'Noorse?', 'Noren', 'Norway', 'Norwegians?', 'Oslo']],
  [
    'DK',
    ['Denemarken', 'Deense?', 'Denen', 'Denmark', 'Danish', 'Danes', 'Kopenhagen', 'Copenhagen'],
  ],
  ['FI', ['Finland', 'Finse?', 'Finnen', 'Finnish', 'Finns', 'Helsinki']],
  ['EE', ['Estland', 'Estse?', 'Esten', 'Estonia', 'Estonians?', 'Tallinn']],
  ['LV', ['Letland', 'Letse?', 'Letten', 'Latvia', 'Latvians?', 'Riga']],
  ['LT', ['Litouwen', 'Litouwse?', 'Litouwers', 'Lithuania', 'Lithuanians?', 'Vilnius']],
  ['PL', ['Polen', 'Poolse?', 'Poland', 'Polish', 'Poles', 'Warschau', 'Warsaw']],
  [
    'CZ',
    [
      'Tsjechië',
      'Tsjechische?',
      'Tsjechen',
      'Czech Republic',
      'Czechia',
      'Czechs?',
      'Praag',
      'Prague',
    ],
  ],
  ['SK', ['Slowakije', 'Slowaakse?', 'Slovakia', 'Slovak']],
  ['RO', ['Roemenië', 'Roemeense?', 'Roemenen', 'Romania', 'Romanians?', 'Boekarest', 'Bucharest']],
  ['BG', ['Bulgarije', 'Bulgaarse?', 'Bulgaria', 'Bulgarians?', 'Sofia']],
  ['CA', ['Canada', 'Canadese?', 'Canadees', 'Canadezen', 'Canadians?', 'Ottawa', 'Trudeau']],
  ['AU', ['Australië', 'Australische?', 'Australia', 'Australians?', 'Canberra']],
  [
    'TR',
    [
      'Turkije',
      'Turkse?',
      'Turken',
      'Turkey',
      'Türkiye',
      'Turkish',
      'Turks',
      'Ankara',
      'Erdogan',
      'Erdoğan',
    ],
  ],
  ['IT', ['Italië', 'Italiaanse?', 'Italianen', 'Italy', 'Italians?', 'Rome']],
  ['ES', ['Spanje', 'Spaanse?', 'Spanjaarden', 'Spain', 'Spanish', 'Madrid']],
  ['PT', ['Portugal', 'Portugese?', 'Portuguese', 'Lissabon', 'Lisbon']],
  ['GR', ['Griekenland', 'Griekse?', 'Greece', 'Greek', 'Athene', 'Athens']],
  ['JP', ['Japan', 'Japanse?', 'Japanese', 'Tokio', 'Tokyo']],
  ['KR', ['Zuid-Korea', 'Zuid-Koreaanse?', 'South Korea', 'South Korean', 'Seoul']],
  ['NATO', ['NAVO', 'Navo', 'NATO', 'Nato', 'Stoltenberg']],
  ['EU', ['EU', 'Europese Unie', 'European Union']],
];

/** Words for the outlet's own country ("ons land"): the code comes from the article. */
export const OWN_COUNTRY =
  /(?<!\p{L})(?:[Oo]ns land|[Oo]nze regering|[Oo]ur country|[Oo]ur government)(?!\p{L})/gu;

/**
 * Words of Belgian Dutch: an article holding one of them is taken to come from a Flemish outlet,
 * so its "ons land" is Belgium (otherwise, for Dutch text, the Netherlands).
 */
export const BELGIAN_DUTCH =
  /(?<!\p{L})(?:opportuniteit|klinkt het|eender welke?|gsm|voormiddag|namiddag|op dit ogenblik|schepen van|burgemeester van Antwerpen)(?!\p{L})/iu;
