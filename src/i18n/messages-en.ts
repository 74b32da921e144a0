import type { Messages } from './messages';
import { counted } from './counted';

const plural = counted('en-GB');

/** The interface in English. */
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
  organisations: { NATO: 'NATO', EU: 'European Union' },
  usd: {
    scales: [
      [1e12, (figure) => `$${figure}T`],
      [1e9, (figure) => `$${figure}B`],
      [1e6, (figure) => `$${figure}M`],
      [1e3, (figure) => `$${figure}K`],
      [1, (figure) => `$${figure}`],
    ],
    whole: (figure) => `$${figure}`,
  },
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
    referencesMerged: (count) =>
      `${plural(count, 'running total', 'running totals')} here, the largest shown.`,
    merged: (count, kind, total) =>
      `${plural(count, 'announcement', 'announcements')} (${kind}), ${total} in all, too narrow to draw apart`,
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
    pictureFailed: {
      canvas: 'this browser cannot draw on a canvas',
      encode: 'the picture could not be encoded',
      draw: 'the chart could not be drawn as a picture',
    },
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
      'or drop a .json or .csv file (up to 50 MB, about 100,000 records; with its articles as .txt, if you have them) on the page',
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
    unreadable: (detail) => `the file could not be read (${detail || 'the loader stopped'})`,
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
  lazy: {
    loading: 'Loading this part of the page…',
    failed:
      'This part of the page could not be loaded (is the site up, and are you online?). The rest of the page still works.',
    retry: 'Try again',
  },
};
