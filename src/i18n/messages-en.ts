import type { Messages } from './messages';
import { counted } from './counted';

const plural = counted('en-GB');

/** The interface in English. */
export const en: Messages = {
  title: 'Military aid to Ukraine',
  lede: 'Who promised what, when, and where each figure comes from: the aid announcements in five Dutch-language news articles, January 2022 to February 2023, each traced to its sentence.',
  ledeHow: {
    pointer: 'Hover or focus any mark for its source; click it to read the article.',
    touch: 'Tap any mark for its source and the article.',
  },
  footer:
    'Data curated by hand from five articles; every figure is linked to its sentence. Euro amounts converted at the ECB’s monthly average rate. Flags: flag-icons (MIT).',
  language: {
    label: 'Language',
    en: 'English',
    nl: 'Nederlands',
    loading: 'Loading the language…',
    failed:
      'That language could not be loaded (is the site up, and are you online?). Choose it again to try again.',
  },
  theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
  settingsLabel: 'Language and theme',
  views: { label: 'Show', charts: 'Charts', table: 'Table', sources: 'Sources', curate: 'Curate' },
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
    deployments: (n) => `${plural(n, 'deployment', 'deployments')} to allies, shown apart`,
    none: 'No announcement matches the filters.',
    noDates: 'no dates',
    inSpan: (span, what) => `${span}: ${what}`,
    committed: (usd) => `${usd} committed`,
    delivered: (usd) => `${usd} delivered (of aid committed outside the view)`,
    byOne: (name) => `, all by one donor (${name})`,
    bySeveral: (donors, top, share) => ` by ${donors} donors (${top} ${share})`,
    others: (n) => `; no sum printed for ${plural(n, 'other donor', 'other donors')}`,
    noSum: {
      notPrinted: 'no sums printed',
      notConverted: 'no sum in dollars (the amounts printed have no currency or rate)',
      runningTotal: 'no sums to add (running totals are shown, never added)',
    },
    matches: (n, of, query) =>
      n === 0
        ? `none of the ${of.toLocaleString('en-GB')} in view match “${query}”`
        : `${n.toLocaleString('en-GB')} of ${of.toLocaleString('en-GB')} match “${query}”`,
  },
  search: {
    label: 'Search',
    hint: 'Words or figures in the excerpts, translations, notes, items and donors; press / to search',
    clear: 'Clear the search',
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
    toggle: (active) => (active === 0 ? 'Filters' : `Filters (${active} active)`),
  },
  skip: { timeline: 'Skip to the timeline', table: 'Skip to the table' },
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
    helpLinear:
      'Scroll or pinch to zoom, drag to pan. The axis is linear: equal widths are equal durations, so quiet years take their room and busy weeks stay narrow (zoom in to tell their marks apart). Keys: arrows move between marks, Enter opens the source, + and − zoom, 0 resets, Shift+arrows pan.',
    howToRead: 'How to read the timeline',
    empty: 'No announcement matches the filters.',
    groupLabel: (n, mode) =>
      `Timeline of ${plural(n, 'announcement', 'announcements')}, in lanes by ${mode}`,
    aggregateLabel: (n, usd, from, to, kinds, opens) =>
      `${plural(n, 'announcement', 'announcements')} too close to tell apart, ${from === to ? from : `${from} – ${to}`}${usd ? `, ${usd} together` : ''}; kinds: ${kinds}. ${opens === 'zoom' ? 'Click or press Enter to zoom in.' : 'Click or press Enter to list them.'}`,
    aggregateList: (n, from, to) =>
      `${plural(n, 'announcement', 'announcements')}, ${from === to ? from : `${from} – ${to}`}`,
    aggregateListHelp:
      'Arrow keys move through the list, Enter opens the source, Escape closes it.',
    aggregateListClose: 'Close the list',
    aggregateNoSum: 'no sum printed',
    otherDonors: (groups) =>
      `${plural(groups, 'more donor or joint group', 'more donors and joint groups')}`,
    allLanes: (groups) => `Show all ${plural(groups, 'lane', 'lanes')}`,
    fewerLanes: (kept) => `Show the ${kept} busiest lanes`,
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
    filterToShown: (shown, name) => `${shown}: filter to ${name}`,
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
    absent: {
      noSum: (names) => `No sum printed for ${names}.`,
      noGdp: (names) => `No share of GDP for ${names}: not one country.`,
      noGdpFigure: (names, year) => `No ${year} GDP figure for ${names}.`,
      noCount: (names, category) => `No count of ${category} items from ${names}.`,
    },
    emptyMetric: {
      usd: 'No announcement in view prints a sum, so there are no dollars to compare.',
      gdp: 'No announcement in view prints a sum from one country with a GDP figure, so there are no shares to compare.',
      quantity: (category) => `No announcement in view gives a count of ${category}.`,
    },
    donorTable: {
      caption:
        'Each donor in view: its announcements by kind, the dollars committed and delivered (under the counting rules), and the quantities it gives, by category.',
      donor: 'Donor',
      announcements: 'Announcements',
      committed: 'Committed',
      delivered: 'Delivered',
      quantities: 'Quantities',
      none: '–',
      shownOf: (shown, all) =>
        `The ${shown} donors with the most dollars committed, of ${plural(all, 'donor or joint group', 'donors and joint groups')} in view.`,
      showAll: (all) => `Show all ${plural(all, 'row', 'rows')}`,
      showFewer: (shown) => `Show the first ${shown}`,
    },
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
  runningTotal: {
    title: 'Aid over time',
    show: 'Show',
    modes: { committed: 'Committed', delivered: 'Delivered' },
    help: (mode) =>
      `Running total of ${mode === 'committed' ? 'committed' : 'delivered'} aid in US dollars per donor, from the start of the time in view, counted as in “Aid by donor” (each line ends at its bar). Each step is one announcement, on the last day its date allows; ★ is a running total the articles report, never added.`,
    groupLabel: (mode, lines) =>
      `Aid over time: running totals, ${mode.toLowerCase()}, ${plural(lines, 'line', 'lines')}`,
    keys: 'Left and Right step through the points of a line, Up and Down change donor, Enter opens the source.',
    point: (donor, date, total, mode) => `${donor}, ${date}: ${total} ${mode.toLowerCase()} in all`,
    movedBy: (record) => `moved by: ${record}`,
    reference: (donor, date, total, offScale) =>
      `${donor}, ${date}: running total as reported, ${total}, never added${offScale ? ' (beyond the scale)' : ''}`,
    referenceKey: 'Running total as reported, never added',
    others: (n) => `${plural(n, 'other donor', 'other donors')} (grey)`,
    noSum: (names, n) =>
      `No sum in US dollars in view ${n === 1 ? 'from' : 'from these donors'}: ${names}.`,
    empty: (mode) =>
      `Nothing to add up: no announcement in view prints a sum in US dollars (or one that converts) that counts as ${mode.toLowerCase()}.`,
    csvHint: 'The running totals as a table: one row per step and per reported total',
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
    toSentence: 'Go to the sentence in the article',
    furniture: 'not part of the report',
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
    outlet: 'Outlet',
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
    builtInWithWork: (records, added, articles) =>
      `Showing the built-in dataset with your curation work: ${plural(records, 'announcement', 'announcements')} (${added} new) from ${plural(articles, 'article', 'articles')}.`,
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
      receiving: 'Receiving the records',
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
        .map(
          (a) =>
            `“${a.title ?? a.summary}” (news article in ${a.language}, ${a.outlet ? `${a.outlet}, ` : ''}${a.month})`,
        )
        .join('; ')}; ${
        articles.every((a) => a.outlet) ? 'author' : 'outlet and author'
      } not named. In: Military aid to Ukraine, ${where}, consulted ${consulted}.`,
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
      }`,
    footer: (file, format) =>
      `Data: ${file}, loaded from your computer; it stays in this browser and is not the five curated articles. ${
        format === 'json'
          ? 'Amounts are converted at the exchange rates the file lists.'
          : 'Other currencies are converted only where the explorer’s own ECB monthly rates cover the month.'
      } Flags: flag-icons (MIT).`,
  },
  error: { title: 'Something went wrong while drawing this view', back: 'Back to the start' },
  window: {
    controls: 'Presets, dates and axis',
    title: 'Time window',
    presets: 'Show',
    before: 'Before the invasion',
    firstWeeks: 'First weeks of the invasion',
    oneYear: 'One year on',
    everything: 'Everything',
    presetOutside: 'The data hold no announcement in this time',
    from: 'From',
    to: 'To',
    fromInvalid: 'Not a date: type a day as day, month and year.',
    toInvalid: 'Not a date: type a day as day, month and year.',
    dateHint: 'Day, month, year: 24 Feb 2022 or 24-02-2022',
    reversed: 'From is after To: nothing changed.',
    outside: (first, last) => `No data in this time: the data run from ${first} to ${last}.`,
    axis: 'Time axis',
    squeezed: 'Squeezed',
    linear: 'Linear',
    axisHelpSqueezed:
      'Squeezed: quiet stretches are cut short (hatched) and busy weeks get more room, so distances are not durations.',
    axisHelpLinear: 'Linear: equal widths are equal durations, and quiet years take their room.',
    overview: (from, to) =>
      `Overview: announcements over the whole span, the window ${from} to ${to} marked`,
    overviewHelp: 'drag on the strip to choose a window, or its edges to change it',
  },
  workbench: {
    title: 'Curation workbench',
    intro:
      'Add an article, pick a marked sentence or select any span, check the record the form suggests, and export the dataset.',
    undo: 'Undo',
    redo: 'Redo',
    storage: {
      loading: 'Opening your saved work…',
      saved: 'Your work is saved in this browser as you go.',
      memory:
        'This browser keeps no saved work here (IndexedDB is unavailable): your work lasts until the page is closed. Export it before you leave.',
      failed: 'Saving your work failed; it is still in this page. Export it before you leave.',
    },
    addArticle: 'Add an article',
    articleText: 'Article text (paste it, or drop a .txt file here)',
    pickTxt: 'Or pick a .txt file',
    notTxt: (file) => `${file} is not a .txt file; pick the article as plain text.`,
    published: 'Published (YYYY-MM or YYYY-MM-DD)',
    language: 'Language',
    outlet: 'Outlet (optional)',
    articleTitle: 'Title (optional)',
    summary: 'Summary: one English line on what the article covers',
    articleId: 'Article id (its file in data/sources/)',
    articleIdHint: (id) => `The text will be data/sources/${id}.txt, kept byte for byte.`,
    idProblems: {
      empty: 'The id must not be empty.',
      characters:
        'Use only letters, digits, _ and - (it is a file name), starting with a letter or digit.',
      taken: 'This id is already used by another article.',
    },
    needText: 'Paste or drop the article’s text.',
    needMonth: 'Give the publication month as YYYY-MM (or the day as YYYY-MM-DD).',
    needSummary: 'Write one line on what the article covers.',
    addArticleButton: 'Add the article',
    articles: 'Articles',
    removeArticle: (id) => `Remove ${id}`,
    remove: 'Remove',
    addAnotherArticle: 'Add another article',
    publishedHint:
      'Give the day if you know it: then “vrijdag”, “vorige week” or “today” are dated to the day or week; with the month only, the form suggests the span they may fall in.',
    noArticle: 'No article yet: add one to start.',
    articleTextLabel: (id) => `Text of ${id}, candidate sentences marked`,
    selectByKeyboard: 'Select a span by keyboard',
    plainText: 'The text (select with Shift and the arrow keys)',
    selection: 'Selected span',
    selected: 'Selected:',
    newRecord: 'New record from this span',
    useAsExcerpt: 'Use as the open record’s excerpt',
    candidates: (n) => (n === 1 ? '1 candidate sentence' : `${n} candidate sentences`),
    chips: { label: 'Recognised', amount: 'Amount', count: 'Count', donor: 'Donor', date: 'Date' },
    drafts: 'Drafts',
    accepted: (n) => (n === 1 ? '1 new record' : `${n} new records`),
    editRecordButton: (id) => `Edit ${id}`,
    recordForm: (id) => `Record ${id}`,
    newRecordTitle: 'New record',
    editRecord: (id) => `Editing ${id}`,
    problemCount: (n) => (n === 1 ? '1 problem to fix' : `${n} problems to fix`),
    noProblems: 'No problems: the record passes the validator.',
    excerpt: 'Excerpt (exactly the selected text)',
    translation: 'Translation (English)',
    reselectHint:
      'To change the excerpt, select another span in the article and choose “Use as the open record’s excerpt”.',
    recordId: 'Record id',
    kind: 'Kind',
    chooseKind: 'Choose a kind',
    donors: 'Donors (codes, comma-separated)',
    recipient: 'Recipient',
    amount: 'Amount',
    amountText: 'As printed',
    amountValue: 'Value in units',
    currency: 'Currency',
    noCurrency: 'None printed',
    items: 'Items',
    itemLabel: (n) => `Item ${n}`,
    category: 'Category',
    itemName: 'Name',
    quantity: 'Quantity',
    unit: 'Unit',
    noUnit: 'No unit',
    removeItem: (n) => `Remove item ${n}`,
    addItem: 'Add an item',
    date: 'Date of the event',
    dateStart: 'Start',
    dateEnd: 'End',
    precision: 'Precision',
    basis: 'Basis',
    bases: { explicit: 'Named in the text', inferred: 'Inferred' },
    inferred: 'How it was inferred:',
    partOf: 'Part of (the package’s record id)',
    partOfSuggested: (id) => `This delivery may be part of ${id}.`,
    usePartOf: 'Use it',
    note: 'Note',
    duplicates: 'Likely the same event',
    addAsSource: (id) => `Add as a second source of ${id}`,
    duplicateReason: (donors, figure, date) =>
      `same donor (${donors}), ${figure}, dated ${date}: add as a second source of that record?`,
    duplicateFigure: { quantity: 'a close quantity', items: 'items of the same kind, no figures' },
    rateTitle: (currency, month) => `Exchange rate for ${currency} in ${month}`,
    rateHint:
      'The dataset has no rate for this currency in the month the record’s date ends in, so the record cannot be converted to dollars and the validator refuses it. Add the rate and where it comes from (for the euro, say, the ECB’s monthly average).',
    usdPerUnit: (currency) => `US dollars for 1 ${currency}`,
    rateSource: 'Where the rate comes from',
    addRate: 'Add the rate',
    diffRate: (currency, month, usd) =>
      `Exchange rate: 1 ${currency} = ${usd} US dollars in ${month}`,
    removeRate: (currency, month) => `Remove the rate for ${currency} in ${month}`,
    translationFirst: 'Write the translation first: the second source carries it.',
    accept: 'Accept the record',
    saveRecord: 'Save the record',
    discard: 'Discard the draft',
    exportTitle: 'Export',
    nothingYet: 'Nothing added or changed yet.',
    diff: 'What the export adds or changes',
    diffSource: 'New article',
    diffAdded: 'Added',
    diffChanged: 'Changed',
    diffSources: (n) => (n === 1 ? '1 source' : `${n} sources`),
    exportProblems: (n) =>
      n === 1 ? 'The working dataset has 1 problem:' : `The working dataset has ${n} problems:`,
    exportJson: (file) => `Export ${file}`,
    exportText: (id) => `Download ${id}.txt`,
    newBadge: 'new',
    loading: 'Opening the workbench…',
  },
  lazy: {
    loading: 'Loading this part of the page…',
    failed:
      'This part of the page could not be loaded (is the site up, and are you online?). The rest of the page still works.',
    retry: 'Try again',
  },
};
