import type { Category, Kind, Precision } from '../data/schema';
import type { LoadStage } from '../data/load-user-dataset';

/** Every word of the interface, in one language. Data (excerpts, notes, item names) is not here. */
export interface Messages {
  title: string;
  lede: string;
  footer: string;
  language: { label: string; en: string; nl: string };
  theme: { label: string; system: string; light: string; dark: string };
  views: { label: string; charts: string; table: string; sources: string };
  stats: { label: string; announcements: string; donors: string; articles: string; span: string };
  inView: string;
  summary: {
    announcements: (n: number) => string;
    committedBy: (usd: string, donors: number) => string;
    deployments: (n: number) => string;
    none: string;
    noDates: string;
  };
  kinds: Record<Kind, string>;
  categories: Record<Category, string>;
  precision: Record<Precision, string>;
  units: { pieces: string; tonnes: string; troops: string };
  filters: {
    title: string;
    clear: string;
    donors: string;
    kinds: string;
    categories: string;
    deployments: string;
  };
  timeline: {
    title: string;
    lanes: string;
    byDonor: string;
    byKind: string;
    zoom: string;
    zoomIn: string;
    zoomOut: string;
    reset: string;
    resetLabel: string;
    help: string;
    legend: string;
    legendArea: (from: string, to: string) => string;
    legendHollow: string;
    legendBand: string;
    legendBreak: string;
    legendShape: string;
    empty: string;
    groupLabel: (n: number, mode: 'donor' | 'kind') => string;
  };
  bars: {
    title: string;
    compare: string;
    metrics: { usd: string; gdp: string; count: string; quantity: string };
    category: string;
    helpUsd: string;
    helpGdp: (year: string, source: string) => string;
    helpCount: string;
    helpQuantity: (category: string, unit: string | null) => string;
    helpEach: string;
    empty: string;
    groupLabel: (metric: string) => string;
    filterTo: (name: string) => string;
    noSum: string;
    noSumShort: string;
    noGdp: string;
    /** A single country the GDP table has no figure for. */
    noGdpFigure: (year: string) => string;
    /** The GDP source, as a source line and in the help text. */
    gdpSource: string;
    gdpSourceLine: (year: string) => string;
    delivered: string;
    runningTotal: string;
    offScale: string;
    segmentDelivered: string;
    segmentCommitted: string;
    segmentAnnouncement: string;
    referenceLabel: (offScale: boolean) => string;
    howCounted: string;
    rules: string[];
  };
  record: {
    donor: (n: number) => string;
    kind: string;
    date: string;
    amount: string;
    items: string;
    around: (date: string) => string;
    precisionBasis: (precision: string, basis: string) => string;
    basisExplicit: string;
    basisInferredFrom: (cue: string) => string;
    basisInferred: string;
    notConverted: (reason: 'rate' | 'currency') => string;
    runningTotalNever: string;
    note: string;
    curatorsNote: string;
    moreExcerpts: (n: number) => string;
    tooltipHint: string;
    unverified: string;
    to: (name: string) => string;
  };
  panel: {
    title: string;
    close: string;
    recordId: string;
    partOf: string;
    partOfAfter: string;
    excerpts: string;
    article: (month: string | null) => string;
    articleLabel: (id: string) => string;
    fullText: string;
    noText: string;
  };
  table: {
    caption: (shown: number, total: number) => string;
    columns: {
      date: string;
      donors: string;
      kind: string;
      recipient: string;
      amount: string;
      usd: string;
      items: string;
      excerpt: string;
      translation: string;
      source: string;
      note: string;
      partOf: string;
      id: string;
    };
    sortBy: (column: string) => string;
    showMore: (n: number) => string;
    empty: string;
    open: string;
  };
  sources: {
    title: string;
    intro: string;
    published: string;
    records: (n: number) => string;
    readText: string;
    hideText: string;
    showRecord: (label: string) => string;
    showAll: (n: number) => string;
    noText: string;
  };
  downloads: {
    label: string;
    csv: string;
    /** The spreadsheet CSV: one row per item (export/items-export.ts). */
    itemsCsv: string;
    itemsCsvHint: string;
    json: string;
    svg: string;
    png: string;
    sourceLine: string;
    ownSourceLine: (file: string) => string;
    /** The bar chart's legend entry for its two bars. */
    barsKey: string;
    failed: (reason: string) => string;
  };
  data: {
    heading: string;
    builtInProblems: (n: number) => string;
    builtIn: (n: number) => string;
    showing: string;
    loadedRejected: (loaded: number, rejected: number) => string;
    unverified: string;
    load: string;
    dropHint: string;
    back: string;
    couldNotLoad: string;
    unchanged: string;
    report: string;
    dismiss: string;
    rejectedSummary: (rejected: number, problems: number) => string;
    more: (n: number) => string;
    dropHere: string;
    /** The steps of a load, as the progress bar names them. */
    stages: Record<LoadStage | 'drawing', string>;
    loading: (name: string) => string;
    progress: (stage: string, percent: number) => string;
    cancel: string;
    /** Why `?data=` (or a file) brought no dataset; `param` and `url` are quoted as written. */
    notAUrl: (param: string) => string;
    notAFile: (param: string, scheme: string) => string;
    otherSite: (param: string, origin: string) => string;
    status: (url: string, status: string) => string;
    webPage: (url: string) => string;
    redirected: (url: string) => string;
    unreachable: (url: string) => string;
    unreadable: (detail: string) => string;
  };
  /** Citing an article or a record (ui/citation.ts, ui/cite-button.tsx). */
  cite: {
    button: string;
    article: (summary: string) => string;
    record: string;
    copied: string;
    refused: string;
    ownFile: (file: string) => string;
    text: (parts: {
      articles: ReadonlyArray<{ summary: string; language: string; month: string }>;
      recordId: string | null;
      where: string;
      consulted: string;
    }) => string;
  };
  /** A reader's own dataset, described as itself (ui/dataset-words.ts). */
  own: {
    title: (file: string) => string;
    documentTitle: (file: string) => string;
    lede: (facts: {
      name: string;
      records: number;
      sources: number;
      span: string | null;
      /** How many of its sources came with their article text (their excerpts were checked). */
      checked: number;
    }) => string;
    footer: (file: string, format: 'json' | 'csv') => string;
  };
  error: { title: string; back: string };
}

/** "1 announcement", "12,000 announcements": the count written as the language writes numbers. */
const counted =
  (locale: string) =>
  (n: number, one: string, many: string): string =>
    `${n.toLocaleString(locale)} ${n === 1 ? one : many}`;
const plural = counted('en-GB');
const pluralNl = counted('nl-NL');

export const en: Messages = {
  title: 'Military aid to Ukraine',
  lede: 'Who promised what, when, and where each figure comes from: the aid announcements in five Dutch-language news articles, January 2022 to February 2023, each traced to its sentence. Hover or focus any mark for its source; click it to read the article.',
  footer:
    'Data curated by hand from five articles; every figure is linked to its sentence. Euro amounts converted at the ECB’s monthly average rate. Flags: flag-icons (MIT).',
  language: { label: 'Language', en: 'English', nl: 'Nederlands' },
  theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
  views: { label: 'Show', charts: 'Charts', table: 'Table', sources: 'Sources' },
  stats: {
    label: 'What the dataset holds',
    announcements: 'Announcements',
    donors: 'Donors',
    articles: 'Articles',
    span: 'Date span',
  },
  inView: 'In view:',
  summary: {
    announcements: (n) => plural(n, 'announcement', 'announcements'),
    committedBy: (usd, donors) => `${usd} committed by ${plural(donors, 'donor', 'donors')}`,
    deployments: (n) => `${plural(n, 'deployment', 'deployments')} to allies, shown apart`,
    none: 'No announcement matches the filters.',
    noDates: 'no dates',
  },
  kinds: {
    pledge: 'Pledge',
    approval: 'Approval',
    delivery: 'Delivery',
    deployment: 'Deployment to allies',
    intent: 'Intent',
    request: 'Request',
    refusal: 'Refusal',
    cumulative: 'Running total',
  },
  categories: {
    'anti-tank': 'anti-tank',
    'air-defence': 'air defence',
    artillery: 'artillery',
    ammunition: 'ammunition',
    drones: 'drones',
    aircraft: 'aircraft',
    naval: 'naval',
    vehicles: 'vehicles',
    'small-arms': 'small arms',
    'electronic-warfare': 'electronic warfare',
    medical: 'medical',
    training: 'training',
    'intelligence-cyber': 'intelligence and cyber',
    troops: 'troops',
    funding: 'funding',
    other: 'other',
  },
  precision: { day: 'day', week: 'week', month: 'month', year: 'year' },
  units: { pieces: 'pieces', tonnes: 'tonnes', troops: 'troops' },
  filters: {
    title: 'Filters',
    clear: 'Clear filters',
    donors: 'Donors',
    kinds: 'Kinds (shape and colour on the charts)',
    categories: 'Item categories',
    deployments:
      'Show deployments to allies on the timeline (troops, jets and ships sent to Poland, Romania, Lithuania, Bulgaria…; never counted as aid)',
  },
  timeline: {
    title: 'Timeline',
    lanes: 'Lanes',
    byDonor: 'By donor',
    byKind: 'By kind',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset',
    resetLabel: 'Reset zoom',
    help: 'Scroll or pinch to zoom, drag to pan. Quiet stretches of more than 45 days are squeezed into hatched breaks, and busy weeks get extra room, so read dates from the axis. Keys: arrows move between marks, Enter opens the source, + and − zoom, 0 resets, Shift+arrows pan.',
    legend: 'Legend',
    legendArea: (from, to) => `Area by US dollars: ${from} … ${to}`,
    legendHollow: 'Hollow: no sum printed',
    legendBand: 'Soft-ended band: date known only to the week, month or year',
    legendBreak: 'Squeezed quiet stretch',
    legendShape: 'Shape and colour: kind (see the filters)',
    empty: 'No announcement matches the filters.',
    groupLabel: (n, mode) =>
      `Timeline of ${plural(n, 'announcement', 'announcements')}, in lanes by ${mode}`,
  },
  bars: {
    title: 'Aid by donor',
    compare: 'Compare',
    metrics: {
      usd: 'US dollars',
      gdp: '% of donor GDP',
      count: 'Announcements',
      quantity: 'Quantities',
    },
    category: 'Category',
    helpUsd:
      'Committed (upper bar) and delivered (lower bar) in US dollars; ★ marks a running total, never added. ',
    helpGdp: (year, source) =>
      `Committed (upper bar) and delivered (lower bar) as a share of the donor’s ${year} GDP (${source}). Organisations and joint announcements have no GDP; a country missing from the table says so. `,
    helpCount: 'Announcements of aid to Ukraine (every kind), each counted once. ',
    helpQuantity: (category, unit) =>
      `Committed (upper) and delivered (lower) ${category} items${unit ? `, in ${unit}` : ''}. `,
    helpEach:
      'Each segment is one announcement, coloured by kind as in the filters: hover or focus it for its source. Click a bar to filter to that donor.',
    empty: 'Nothing to compare: no record in view has this measure.',
    groupLabel: (metric) => `Aid by donor: ${metric}`,
    filterTo: (name) => `Filter to ${name}`,
    noSum: 'no sum printed',
    noSumShort: 'no sum',
    noGdp: 'no GDP (not one country)',
    noGdpFigure: (year) => `no ${year} GDP figure`,
    gdpSource: 'World Bank',
    gdpSourceLine: (year) => `GDP ${year}: World Bank, current US$ (NY.GDP.MKTP.CD)`,
    delivered: 'delivered',
    runningTotal: 'running total',
    offScale: '(off scale)',
    segmentDelivered: 'Delivered',
    segmentCommitted: 'Committed',
    segmentAnnouncement: 'Announcement',
    referenceLabel: (offScale) => `Running total, not added${offScale ? ', beyond the scale' : ''}`,
    howCounted: 'How this is counted',
    rules: [
      'Committed = pledges, approvals and deliveries; a delivery that is part of an earlier package is inside that package and never added again.',
      'Delivered = deliveries, parts of packages included.',
      '★ A running total (e.g. the Pentagon’s “about 30 billion dollars”) is shown beside its donor, never added. One far beyond the bars is drawn at the edge with an arrow and its value written out.',
      'Donors whose announcements print no sum are listed without a bar: the articles do not say how much.',
      'An announcement by several donors together stays whole in its own row (e.g. “NATO + United States”): never split, never counted for each.',
      'Deployments of troops, jets and ships to allies are not aid to Ukraine and are never counted here.',
      'Euro amounts are converted at the ECB’s monthly average rate for the month of the event; an amount printed without a currency is not converted.',
    ],
  },
  record: {
    donor: (n) => (n === 1 ? 'Donor' : 'Donors'),
    kind: 'Kind',
    date: 'Date',
    amount: 'Amount',
    items: 'Items',
    around: (date) => `around ${date}`,
    precisionBasis: (precision, basis) => `${precision} precision, ${basis}`,
    basisExplicit: 'date given in the text',
    basisInferredFrom: (cue) => `inferred from ‘${cue}’`,
    basisInferred: 'inferred, see the note',
    notConverted: (reason) =>
      `(not converted: ${reason === 'rate' ? 'no exchange rate' : 'no currency printed'})`,
    runningTotalNever: 'running total, never added',
    note: 'Note:',
    curatorsNote: 'Curator’s note:',
    moreExcerpts: (n) =>
      `+ ${plural(n, 'more excerpt', 'more excerpts')}: click or press Enter for all.`,
    tooltipHint: 'Click or press Enter to read the article.',
    unverified:
      'Unverified: the article’s text did not come with this dataset, so this excerpt was not checked against it.',
    to: (name) => `to ${name}`,
  },
  panel: {
    title: 'The source',
    close: 'Close the source (Escape)',
    recordId: 'Record',
    partOf: 'Part of',
    partOfAfter: '; counted inside that package, not again.',
    excerpts: 'Excerpts',
    article: (month) => `The article${month ? `, ${month}` : ''}`,
    articleLabel: (id) => `Article ${id}`,
    fullText: 'Full article text',
    noText: 'The text of this article did not come with the dataset.',
  },
  table: {
    caption: (shown, total) =>
      `The ${plural(shown, 'announcement', 'announcements')} in view (of ${total}), as the filters and the time window leave them.`,
    columns: {
      date: 'Date',
      donors: 'Donors',
      kind: 'Kind',
      recipient: 'Recipient',
      amount: 'Amount as printed',
      usd: 'US dollars',
      items: 'Items',
      excerpt: 'Excerpt (Dutch)',
      translation: 'Translation',
      source: 'Article',
      note: 'Note',
      partOf: 'Part of',
      id: 'Record',
    },
    sortBy: (column) => `Sort by ${column}`,
    showMore: (n) => `Show ${n} more rows`,
    empty: 'No announcement matches the filters.',
    open: 'Open the source',
  },
  sources: {
    title: 'The articles',
    intro:
      'Every record comes from one of these articles. Each article lists all the records drawn from it, whatever the filters. Open an article to read it whole, with every cited sentence highlighted; each highlight leads to its record.',
    published: 'Published',
    records: (n) => plural(n, 'record', 'records'),
    readText: 'Read the article',
    hideText: 'Hide the article',
    showRecord: (label) => `Open the record: ${label}`,
    showAll: (n) => `Show all ${n} records`,
    noText: 'The text of this article did not come with the dataset.',
  },
  downloads: {
    label: 'Download',
    csv: 'CSV',
    itemsCsv: 'Items CSV',
    itemsCsvHint:
      'One row per item, with the quantity as a number and its unit, for adding up in a spreadsheet',
    json: 'JSON',
    svg: 'SVG',
    png: 'PNG',
    sourceLine:
      'Source: five Dutch-language news articles (Jan 2022 – Feb 2023), curated; Military aid to Ukraine explorer',
    ownSourceLine: (file) =>
      `Source: ${file} (a dataset loaded by the user); Military aid to Ukraine explorer`,
    barsKey: 'Upper bar: committed; lower bar: delivered',
    failed: (reason) => `The download failed: ${reason}`,
  },
  data: {
    heading: 'The dataset',
    builtInProblems: (n) => `The built-in dataset has ${plural(n, 'problem', 'problems')}`,
    builtIn: (n) =>
      `Showing the built-in dataset: ${plural(n, 'announcement', 'announcements')} from five articles.`,
    showing: 'Showing',
    loadedRejected: (loaded, rejected) => `${loaded} loaded, ${rejected} rejected`,
    unverified: ' · excerpts unverified (no article texts came with it)',
    load: 'Load your own dataset…',
    dropHint:
      'or drop a .json or .csv file (with its articles as .txt, if you have them) on the page',
    back: 'Back to the built-in dataset',
    couldNotLoad: 'Could not load that dataset:',
    unchanged: 'The view below is unchanged.',
    report: 'Download the report',
    dismiss: 'Dismiss',
    rejectedSummary: (rejected, problems) =>
      `${plural(rejected, 'record', 'records')} rejected, ${plural(problems, 'problem', 'problems')}`,
    more: (n) => `… and ${n} more in the report.`,
    dropHere: 'Drop to load the dataset',
    stages: {
      reading: 'Reading the file',
      decoding: 'Decoding the text',
      parsing: 'Reading the records',
      validating: 'Checking the records',
      drawing: 'Drawing the charts (a large dataset takes a while)',
    },
    loading: (name) => `Loading ${name}…`,
    progress: (stage, percent) => `${stage}: ${percent}%`,
    cancel: 'Cancel',
    notAUrl: (param) => `?data=${param} is not an address the page can read`,
    notAFile: (param, scheme) =>
      `?data=${param} is a ${scheme} address, not a file on a web site; the page only loads datasets from this site (for example ?data=/my-data.csv)`,
    otherSite: (_param, origin) =>
      `?data= must point at this site; ${origin} is another one, and the app never loads data from elsewhere`,
    status: (url, status) => `${url} could not be loaded: the server answered ${status}`,
    webPage: (url) =>
      `${url} could not be loaded: the server answered with a web page, not a dataset; is the address right?`,
    redirected: (url) =>
      `${url} could not be loaded: the server sends that address on to another site, and the app never loads data from elsewhere; link to the dataset on this site itself`,
    unreachable: (url) =>
      `${url} could not be loaded: the server did not answer (is the site up, and are you online?)`,
    unreadable: (detail) => `the file could not be read (${detail})`,
  },
  cite: {
    button: 'Cite',
    article: (summary) => `Cite this article: ${summary}`,
    record: 'Cite this record',
    copied: 'Copied',
    refused: 'The clipboard was refused; copy the citation from here:',
    ownFile: (file) => `${file} (a dataset loaded by the reader)`,
    text: ({ articles, recordId, where, consulted }) =>
      `${recordId ? `Record ${recordId}, from ` : ''}${articles
        .map((a) => `“${a.summary}” (news article in ${a.language}, ${a.month})`)
        .join(
          '; ',
        )}; outlet and author not named. In: Military aid to Ukraine, ${where}, consulted ${consulted}.`,
  },
  own: {
    title: (file) => `Your dataset: ${file}`,
    documentTitle: (file) => `${file} · Military aid to Ukraine`,
    lede: ({ name, records, sources, span, checked }) =>
      `${name}, a file you loaded: ${plural(records, 'announcement', 'announcements')} from ${plural(sources, 'article', 'articles')}${span ? `, ${span}` : ''}. ${
        checked === 0
          ? 'No article texts came with it, so its excerpts are unchecked.'
          : checked < sources
            ? `The excerpts were checked against the ${plural(checked, 'article text', 'article texts')} that came with it.`
            : 'Every excerpt was checked against the article texts that came with it.'
      } Hover or focus any mark for its source; click it to read more.`,
    footer: (file, format) =>
      `Data: ${file}, loaded from your computer; it stays in this browser and is not the five curated articles. ${
        format === 'json'
          ? 'Amounts are converted at the exchange rates the file lists.'
          : 'Other currencies are converted only where the explorer’s own ECB monthly rates cover the month.'
      } Flags: flag-icons (MIT).`,
  },
  error: { title: 'Something went wrong while drawing this view', back: 'Back to the start' },
};

export const nl: Messages = {
  title: 'Militaire steun aan Oekraïne',
  lede: 'Wie beloofde wat, wanneer, en waar elk cijfer vandaan komt: de steunaankondigingen in vijf Nederlandstalige nieuwsartikelen, januari 2022 tot februari 2023, elk herleid tot de zin waarin het staat. Wijs een markering aan of geef haar focus voor de bron; klik erop om het artikel te lezen.',
  footer:
    'Gegevens met de hand verzameld uit vijf artikelen; elk cijfer is gekoppeld aan zijn zin. Bedragen in euro omgerekend tegen de maandgemiddelde koers van de ECB. Vlaggen: flag-icons (MIT).',
  language: { label: 'Taal', en: 'English', nl: 'Nederlands' },
  theme: { label: 'Weergave', system: 'Systeem', light: 'Licht', dark: 'Donker' },
  views: { label: 'Toon', charts: 'Grafieken', table: 'Tabel', sources: 'Bronnen' },
  stats: {
    label: 'Wat de dataset bevat',
    announcements: 'Aankondigingen',
    donors: 'Donoren',
    articles: 'Artikelen',
    span: 'Periode',
  },
  inView: 'In beeld:',
  summary: {
    announcements: (n) => pluralNl(n, 'aankondiging', 'aankondigingen'),
    committedBy: (usd, donors) => `${usd} toegezegd door ${pluralNl(donors, 'donor', 'donoren')}`,
    deployments: (n) => `${pluralNl(n, 'inzet', 'inzetten')} bij bondgenoten, apart getoond`,
    none: 'Geen aankondiging voldoet aan de filters.',
    noDates: 'geen data',
  },
  kinds: {
    pledge: 'Toezegging',
    approval: 'Goedkeuring',
    delivery: 'Levering',
    deployment: 'Inzet bij bondgenoten',
    intent: 'Voornemen',
    request: 'Verzoek',
    refusal: 'Weigering',
    cumulative: 'Lopend totaal',
  },
  categories: {
    'anti-tank': 'antitank',
    'air-defence': 'luchtverdediging',
    artillery: 'artillerie',
    ammunition: 'munitie',
    drones: 'drones',
    aircraft: 'vliegtuigen',
    naval: 'marine',
    vehicles: 'voertuigen',
    'small-arms': 'handvuurwapens',
    'electronic-warfare': 'elektronische oorlogvoering',
    medical: 'medisch',
    training: 'training',
    'intelligence-cyber': 'inlichtingen en cyber',
    troops: 'troepen',
    funding: 'financiering',
    other: 'overig',
  },
  precision: { day: 'dag', week: 'week', month: 'maand', year: 'jaar' },
  units: { pieces: 'stuks', tonnes: 'ton', troops: 'militairen' },
  filters: {
    title: 'Filters',
    clear: 'Filters wissen',
    donors: 'Donoren',
    kinds: 'Soorten (vorm en kleur in de grafieken)',
    categories: 'Soorten materieel',
    deployments:
      'Toon inzet bij bondgenoten op de tijdlijn (troepen, jets en schepen naar Polen, Roemenië, Litouwen, Bulgarije…; nooit als steun geteld)',
  },
  timeline: {
    title: 'Tijdlijn',
    lanes: 'Banen',
    byDonor: 'Per donor',
    byKind: 'Per soort',
    zoom: 'Zoomen',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    reset: 'Herstel',
    resetLabel: 'Zoom herstellen',
    help: 'Scroll of knijp om te zoomen, sleep om te verschuiven. Rustige perioden van meer dan 45 dagen zijn ingedrukt tot gearceerde onderbrekingen, en drukke weken krijgen meer ruimte: lees data dus af op de as. Toetsen: pijlen gaan van markering naar markering, Enter opent de bron, + en − zoomen, 0 herstelt, Shift+pijlen verschuiven.',
    legend: 'Legenda',
    legendArea: (from, to) => `Oppervlak naar dollars: ${from} … ${to}`,
    legendHollow: 'Hol: geen bedrag genoemd',
    legendBand: 'Band met zachte randen: datum alleen bekend op week, maand of jaar',
    legendBreak: 'Ingedrukte rustige periode',
    legendShape: 'Vorm en kleur: soort (zie de filters)',
    empty: 'Geen aankondiging voldoet aan de filters.',
    groupLabel: (n, mode) =>
      `Tijdlijn van ${pluralNl(n, 'aankondiging', 'aankondigingen')}, in banen per ${mode === 'donor' ? 'donor' : 'soort'}`,
  },
  bars: {
    title: 'Steun per donor',
    compare: 'Vergelijk',
    metrics: {
      usd: 'Dollars',
      gdp: '% van het bbp',
      count: 'Aankondigingen',
      quantity: 'Aantallen',
    },
    category: 'Soort',
    helpUsd:
      'Toegezegd (bovenste balk) en geleverd (onderste balk) in Amerikaanse dollars; ★ markeert een lopend totaal, nooit opgeteld. ',
    helpGdp: (year, source) =>
      `Toegezegd (bovenste balk) en geleverd (onderste balk) als aandeel van het bbp van de donor in ${year} (${source}). Organisaties en gezamenlijke aankondigingen hebben geen bbp; een land dat in de tabel ontbreekt, zegt dat. `,
    helpCount: 'Aankondigingen van steun aan Oekraïne (elke soort), elk één keer geteld. ',
    helpQuantity: (category, unit) =>
      `Toegezegd (boven) en geleverd (onder): ${category}${unit ? `, in ${unit}` : ''}. `,
    helpEach:
      'Elk segment is één aankondiging, gekleurd naar soort zoals in de filters: wijs het aan of geef het focus voor de bron. Klik op een balk om op die donor te filteren.',
    empty: 'Niets te vergelijken: geen record in beeld heeft deze maat.',
    groupLabel: (metric) => `Steun per donor: ${metric}`,
    filterTo: (name) => `Filter op ${name}`,
    noSum: 'geen bedrag genoemd',
    noSumShort: 'geen bedrag',
    noGdp: 'geen bbp (geen enkel land)',
    noGdpFigure: (year) => `geen bbp-cijfer voor ${year}`,
    gdpSource: 'Wereldbank',
    gdpSourceLine: (year) => `bbp ${year}: Wereldbank, lopende US$ (NY.GDP.MKTP.CD)`,
    delivered: 'geleverd',
    runningTotal: 'lopend totaal',
    offScale: '(buiten de schaal)',
    segmentDelivered: 'Geleverd',
    segmentCommitted: 'Toegezegd',
    segmentAnnouncement: 'Aankondiging',
    referenceLabel: (offScale) =>
      `Lopend totaal, niet opgeteld${offScale ? ', buiten de schaal' : ''}`,
    howCounted: 'Hoe dit geteld wordt',
    rules: [
      'Toegezegd = toezeggingen, goedkeuringen en leveringen; een levering die deel is van een eerder pakket zit in dat pakket en wordt nooit nog eens opgeteld.',
      'Geleverd = leveringen, delen van pakketten inbegrepen.',
      '★ Een lopend totaal (zoals de “ongeveer 30 miljard dollar” van het Pentagon) staat naast de donor en wordt nooit opgeteld. Een totaal ver voorbij de balken staat aan de rand, met een pijl en het bedrag erbij.',
      'Donoren van wie de aankondigingen geen bedrag noemen, staan erbij zonder balk: de artikelen zeggen niet hoeveel.',
      'Een aankondiging van meerdere donoren samen blijft heel, in een eigen rij (zoals “NAVO + Verenigde Staten”): nooit gesplitst, nooit voor elk geteld.',
      'Inzet van troepen, jets en schepen bij bondgenoten is geen steun aan Oekraïne en wordt hier nooit geteld.',
      'Bedragen in euro zijn omgerekend tegen de maandgemiddelde koers van de ECB in de maand van de gebeurtenis; een bedrag zonder munt wordt niet omgerekend.',
    ],
  },
  record: {
    donor: (n) => (n === 1 ? 'Donor' : 'Donoren'),
    kind: 'Soort',
    date: 'Datum',
    amount: 'Bedrag',
    items: 'Materieel',
    around: (date) => `rond ${date}`,
    precisionBasis: (precision, basis) => `precisie: ${precision}, ${basis}`,
    basisExplicit: 'datum staat in de tekst',
    basisInferredFrom: (cue) => `afgeleid uit ‘${cue}’`,
    basisInferred: 'afgeleid, zie de noot',
    notConverted: (reason) =>
      `(niet omgerekend: ${reason === 'rate' ? 'geen wisselkoers' : 'geen munt genoemd'})`,
    runningTotalNever: 'lopend totaal, nooit opgeteld',
    note: 'Noot:',
    curatorsNote: 'Noot van de samensteller:',
    moreExcerpts: (n) =>
      `+ ${pluralNl(n, 'ander fragment', 'andere fragmenten')}: klik of druk op Enter voor alle.`,
    tooltipHint: 'Klik of druk op Enter om het artikel te lezen.',
    unverified:
      'Niet gecontroleerd: de tekst van het artikel zat niet bij deze dataset, dus dit fragment is er niet mee vergeleken.',
    to: (name) => `naar ${name}`,
  },
  panel: {
    title: 'De bron',
    close: 'Bron sluiten (Escape)',
    recordId: 'Record',
    partOf: 'Deel van',
    partOfAfter: '; binnen dat pakket geteld, niet nog eens.',
    excerpts: 'Fragmenten',
    article: (month) => `Het artikel${month ? `, ${month}` : ''}`,
    articleLabel: (id) => `Artikel ${id}`,
    fullText: 'Volledige tekst van het artikel',
    noText: 'De tekst van dit artikel zat niet bij de dataset.',
  },
  table: {
    caption: (shown, total) =>
      `De ${pluralNl(shown, 'aankondiging', 'aankondigingen')} in beeld (van ${total}), zoals de filters en het tijdvenster ze overlaten.`,
    columns: {
      date: 'Datum',
      donors: 'Donoren',
      kind: 'Soort',
      recipient: 'Ontvanger',
      amount: 'Bedrag zoals genoemd',
      usd: 'Dollars',
      items: 'Materieel',
      excerpt: 'Fragment',
      translation: 'Vertaling (Engels)',
      source: 'Artikel',
      note: 'Noot',
      partOf: 'Deel van',
      id: 'Record',
    },
    sortBy: (column) => `Sorteer op ${column}`,
    showMore: (n) => `Toon ${n} rijen meer`,
    empty: 'Geen aankondiging voldoet aan de filters.',
    open: 'Open de bron',
  },
  sources: {
    title: 'De artikelen',
    intro:
      'Elk record komt uit een van deze artikelen. Elk artikel toont alle records die eruit komen, ongeacht de filters. Open een artikel om het helemaal te lezen, met elke geciteerde zin gemarkeerd; elke markering leidt naar haar record.',
    published: 'Verschenen',
    records: (n) => pluralNl(n, 'record', 'records'),
    readText: 'Lees het artikel',
    hideText: 'Verberg het artikel',
    showRecord: (label) => `Open het record: ${label}`,
    showAll: (n) => `Toon alle ${n} records`,
    noText: 'De tekst van dit artikel zat niet bij de dataset.',
  },
  downloads: {
    label: 'Downloaden',
    csv: 'CSV',
    itemsCsv: 'CSV per item',
    itemsCsvHint:
      'Eén rij per item, met het aantal als getal en de eenheid apart, om op te tellen in een spreadsheet',
    json: 'JSON',
    svg: 'SVG',
    png: 'PNG',
    sourceLine:
      'Bron: vijf Nederlandstalige nieuwsartikelen (jan. 2022 – feb. 2023), bewerkt; Militaire steun aan Oekraïne',
    ownSourceLine: (file) =>
      `Bron: ${file} (een eigen dataset van de gebruiker); Militaire steun aan Oekraïne`,
    barsKey: 'Bovenste balk: toegezegd; onderste balk: geleverd',
    failed: (reason) => `Downloaden mislukt: ${reason}`,
  },
  data: {
    heading: 'De dataset',
    builtInProblems: (n) => `De ingebouwde dataset heeft ${pluralNl(n, 'probleem', 'problemen')}`,
    builtIn: (n) =>
      `De ingebouwde dataset: ${pluralNl(n, 'aankondiging', 'aankondigingen')} uit vijf artikelen.`,
    showing: 'Getoond:',
    loadedRejected: (loaded, rejected) => `${loaded} geladen, ${rejected} afgewezen`,
    unverified: ' · fragmenten niet gecontroleerd (geen artikelteksten meegeleverd)',
    load: 'Eigen dataset laden…',
    dropHint:
      'of sleep een .json- of .csv-bestand (met de artikelen als .txt, als je die hebt) op de pagina',
    back: 'Terug naar de ingebouwde dataset',
    couldNotLoad: 'Die dataset kon niet worden geladen:',
    unchanged: 'Het beeld hieronder is ongewijzigd.',
    report: 'Download het rapport',
    dismiss: 'Sluiten',
    rejectedSummary: (rejected, problems) =>
      `${pluralNl(rejected, 'record', 'records')} afgewezen, ${pluralNl(problems, 'probleem', 'problemen')}`,
    more: (n) => `… en nog ${n} in het rapport.`,
    dropHere: 'Loslaten om de dataset te laden',
    stages: {
      reading: 'Bestand lezen',
      decoding: 'Tekst decoderen',
      parsing: 'Records inlezen',
      validating: 'Records controleren',
      drawing: 'Grafieken tekenen (een grote dataset duurt even)',
    },
    loading: (name) => `${name} wordt geladen…`,
    progress: (stage, percent) => `${stage}: ${percent}%`,
    cancel: 'Annuleren',
    notAUrl: (param) => `?data=${param} is geen adres dat de pagina kan lezen`,
    notAFile: (param, scheme) =>
      `?data=${param} is een ${scheme}-adres, geen bestand op een website; de pagina laadt alleen datasets van deze site (bijvoorbeeld ?data=/mijn-data.csv)`,
    otherSite: (_param, origin) =>
      `?data= moet naar deze site wijzen; ${origin} is een andere, en de app laadt nooit gegevens van elders`,
    status: (url, status) => `${url} kon niet worden geladen: de server antwoordde ${status}`,
    webPage: (url) =>
      `${url} kon niet worden geladen: de server antwoordde met een webpagina, niet met een dataset; klopt het adres?`,
    redirected: (url) =>
      `${url} kon niet worden geladen: de server stuurt dat adres door naar een andere site, en de app laadt nooit gegevens van elders; verwijs naar de dataset op deze site zelf`,
    unreachable: (url) =>
      `${url} kon niet worden geladen: de server antwoordde niet (is de site bereikbaar, en ben je online?)`,
    unreadable: (detail) => `het bestand kon niet worden gelezen (${detail})`,
  },
  cite: {
    button: 'Citeer',
    article: (summary) => `Citeer dit artikel: ${summary}`,
    record: 'Citeer dit record',
    copied: 'Gekopieerd',
    refused: 'Het klembord werd geweigerd; kopieer de bronvermelding hier:',
    ownFile: (file) => `${file} (een dataset die de lezer zelf laadde)`,
    text: ({ articles, recordId, where, consulted }) =>
      `${recordId ? `Record ${recordId}, uit ` : ''}${articles
        .map((a) => `“${a.summary}” (nieuwsartikel in het ${a.language}, ${a.month})`)
        .join(
          '; ',
        )}; medium en auteur niet genoemd. In: Militaire steun aan Oekraïne, ${where}, geraadpleegd op ${consulted}.`,
  },
  own: {
    title: (file) => `Je eigen dataset: ${file}`,
    documentTitle: (file) => `${file} · Militaire steun aan Oekraïne`,
    lede: ({ name, records, sources, span, checked }) =>
      `${name}, een bestand dat je zelf hebt geladen: ${pluralNl(records, 'aankondiging', 'aankondigingen')} uit ${pluralNl(sources, 'artikel', 'artikelen')}${span ? `, ${span}` : ''}. ${
        checked === 0
          ? 'Er kwamen geen artikelteksten mee, dus de fragmenten zijn niet gecontroleerd.'
          : checked < sources
            ? `De fragmenten zijn gecontroleerd aan de ${pluralNl(checked, 'artikeltekst', 'artikelteksten')} die meekwamen.`
            : 'Elk fragment is gecontroleerd aan de artikelteksten die meekwamen.'
      } Wijs een markering aan of geef haar focus voor de bron; klik erop om meer te lezen.`,
    footer: (file, format) =>
      `Gegevens: ${file}, geladen van je eigen computer; ze blijven in deze browser en zijn niet de vijf bewerkte artikelen. ${
        format === 'json'
          ? 'Bedragen zijn omgerekend tegen de wisselkoersen die het bestand geeft.'
          : 'Andere munten zijn alleen omgerekend waar de eigen maandkoersen van de ECB in de verkenner die maand dekken.'
      } Vlaggen: flag-icons (MIT).`,
  },
  error: {
    title: 'Er ging iets mis bij het tekenen van dit beeld',
    back: 'Terug naar het begin',
  },
};

export const MESSAGES = { en, nl } as const;
