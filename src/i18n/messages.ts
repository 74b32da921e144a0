import type { ORGANISATION_CODES } from '../data/codes';
import type { Category, Kind, Precision } from '../data/schema';
import type { LoadStage } from '../data/load-user-dataset';
import type { Language } from './language';
import { en } from './messages-en';

export { en };

/** Every word of the interface, in one language. Data (excerpts, notes, item names) is not here. */
export interface Messages {
  title: string;
  lede: string;
  /** After the lede: how to reach a mark's source, with a pointer or on a touch screen. */
  ledeHow: { pointer: string; touch: string };
  footer: string;
  /** The switch; `loading` and `failed` while a language's words are fetched (load-language.ts). */
  language: { label: string; en: string; nl: string; loading: string; failed: string };
  theme: { label: string; system: string; light: string; dark: string };
  /** The one toolbar (one tab stop) holding the language and theme switches. */
  settingsLabel: string;
  views: { label: string; charts: string; table: string; sources: string; curate: string };
  stats: { label: string; announcements: string; donors: string; articles: string; span: string };
  inView: string;
  summary: {
    announcements: (n: number) => string;
    deployments: (n: number) => string;
    none: string;
    noDates: string;
    /** The view's dates before what it holds: "1 Jan 2022 – 31 Mar 2022: …". */
    inSpan: (span: string, what: string) => string;
    committed: (usd: string) => string;
    /** Only parts of packages committed outside the view. */
    delivered: (usd: string) => string;
    byOne: (name: string) => string;
    bySeveral: (donors: number, top: string, share: string) => string;
    others: (n: number) => string;
    noSum: { notPrinted: string; notConverted: string; runningTotal: string };
    /** The search's count: "12 of 38 match “Javelin”". */
    matches: (n: number, of: number, query: string) => string;
  };
  search: { label: string; hint: string; clear: string };
  kinds: Record<Kind, string>;
  categories: Record<Category, string>;
  precision: Record<Precision, string>;
  units: { pieces: string; tonnes: string; troops: string };
  /** The organisations among the donors (countries are named by Intl.DisplayNames). */
  organisations: Record<(typeof ORGANISATION_CODES)[number], string>;
  /**
   * US dollars in short, as the language prints them: each scale from the largest, with how a
   * figure (three significant digits) at that scale reads; below the smallest, whole dollars.
   */
  usd: {
    scales: ReadonlyArray<readonly [number, (figure: string) => string]>;
    whole: (figure: string) => string;
  };
  filters: {
    title: string;
    clear: string;
    donors: string;
    kinds: string;
    categories: string;
    deployments: string;
    /** The phone's button that opens the filters: "Filters (2 active)". */
    toggle: (active: number) => string;
  };
  /** The links at the top of the page, shown when focused. */
  skip: { timeline: string; table: string };
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
    /** The help on the linear axis (no breaks, no widened weeks). */
    helpLinear: string;
    /** The disclosure that holds the help and the legend (folded on a phone). */
    howToRead: string;
    empty: string;
    groupLabel: (n: number, mode: 'donor' | 'kind') => string;
    /**
     * Announcements too close to tell apart at this zoom, drawn as one: count, dollars, days,
     * the kinds with their counts ("pledge (12), delivery (3)"), and what Enter does.
     */
    aggregateLabel: (
      n: number,
      usd: string | null,
      from: string,
      to: string,
      kinds: string,
      opens: 'zoom' | 'list',
    ) => string;
    /** The list of an aggregate's announcements: its title (how many, when). */
    aggregateList: (n: number, from: string, to: string) => string;
    aggregateListHelp: string;
    aggregateListClose: string;
    /** An announcement in the list with no sum printed. */
    aggregateNoSum: string;
    /** The last lane, where the smaller donors beyond the lane cap share one lane. */
    otherDonors: (groups: number) => string;
    /** The button that shows every donor in a lane of its own, and the one that gathers them again. */
    allLanes: (groups: number) => string;
    fewerLanes: (kept: number) => string;
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
    /** A bar's button where its label is short ("US"): the label first, then what it does. */
    filterToShown: (shown: string, name: string) => string;
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
    /** Announcements of one kind too narrow to draw apart, in one rectangle. */
    merged: (count: number, kind: string, total: string) => string;
    /** Running totals too close to draw apart, as one mark at the largest. */
    referencesMerged: (count: number) => string;
    referenceLabel: (offScale: boolean) => string;
    howCounted: string;
    rules: string[];
    /** The donors named once under the chart, by why they have no bar (`detail`: a year, a category). */
    absent: {
      noSum: (names: string) => string;
      noGdp: (names: string) => string;
      noGdpFigure: (names: string, year: string) => string;
      noCount: (names: string, category: string) => string;
    };
    /** A metric with nothing to draw, said in words instead of an empty axis. */
    emptyMetric: { usd: string; gdp: string; quantity: (category: string) => string };
    /** The per-donor summary beside the chart (components/donor-table.tsx). */
    donorTable: {
      caption: string;
      donor: string;
      announcements: string;
      committed: string;
      delivered: string;
      quantities: string;
      none: string;
      /** Under a long table: how many rows are shown of how many (the most dollars first). */
      shownOf: (shown: number, all: number) => string;
      showAll: (all: number) => string;
      showFewer: (shown: number) => string;
    };
  };
  /** The running totals over time (charts/running-total). */
  runningTotal: {
    title: string;
    show: string;
    modes: { committed: string; delivered: string };
    help: (mode: 'committed' | 'delivered') => string;
    groupLabel: (mode: string, lines: number) => string;
    keys: string;
    point: (donor: string, date: string, total: string, mode: string) => string;
    movedBy: (record: string) => string;
    reference: (donor: string, date: string, total: string, offScale: boolean) => string;
    referenceKey: string;
    others: (n: number) => string;
    noSum: (names: string, n: number) => string;
    empty: (mode: string) => string;
    csvHint: string;
  };
  record: {
    donor: (n: number) => string;
    kind: string;
    date: string;
    amount: string;
    items: string;
    /** A date inferred, not printed (record-date.ts). */
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
    /** The link from the record's facts down to its sentence in the article. */
    toSentence: string;
    /** The label on the dimmed page furniture in an article (captions, notices, links). */
    furniture: string;
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
    showMore: (n: number) => string;
    empty: string;
    open: string;
  };
  sources: {
    title: string;
    intro: string;
    published: string;
    /** The outlet that published the article, where the dataset names it. */
    outlet: string;
    records: (n: number) => string;
    readText: string;
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
    /** Why a PNG could not be made (export/rasterize.ts names the step). */
    pictureFailed: { canvas: string; encode: string; draw: string };
  };
  data: {
    heading: string;
    builtInProblems: (n: number) => string;
    builtIn: (n: number) => string;
    /** The built-in dataset with the curator's work in this browser added (the workbench). */
    builtInWithWork: (records: number, added: number, articles: number) => string;
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
    /** `detail` is the browser's own words, or empty when the loader stopped without any. */
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
      /** Each article by its title where known (else its summary), and its outlet where known. */
      articles: ReadonlyArray<{
        summary: string;
        language: string;
        month: string;
        title?: string | null;
        outlet?: string | null;
      }>;
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
  /** The time window: overview strip, presets, date fields and the axis switch (issue 15). */
  window: {
    controls: string;
    title: string;
    presets: string;
    before: string;
    firstWeeks: string;
    oneYear: string;
    everything: string;
    /** A preset the data hold no time of. */
    presetOutside: string;
    from: string;
    to: string;
    fromInvalid: string;
    toInvalid: string;
    /** How to type a day in From and To (text fields in the app's language, not the browser's). */
    dateHint: string;
    reversed: string;
    outside: (first: string, last: string) => string;
    axis: string;
    squeezed: string;
    linear: string;
    axisHelpSqueezed: string;
    axisHelpLinear: string;
    /** The overview strip's spoken label: what it shows and the window brushed on it. */
    overview: (from: string, to: string) => string;
    overviewHelp: string;
  };
  /** The curation workbench (issue 16). */
  workbench: {
    title: string;
    intro: string;
    undo: string;
    redo: string;
    storage: { loading: string; saved: string; memory: string; failed: string };
    addArticle: string;
    articleText: string;
    pickTxt: string;
    notTxt: (file: string) => string;
    published: string;
    language: string;
    outlet: string;
    articleTitle: string;
    summary: string;
    articleId: string;
    articleIdHint: (id: string) => string;
    idProblems: { empty: string; characters: string; taken: string };
    needText: string;
    needMonth: string;
    needSummary: string;
    addArticleButton: string;
    articles: string;
    removeArticle: (id: string) => string;
    /** The visible word of the button whose full name is removeArticle. */
    remove: string;
    /** The folded article form, once there is an article. */
    addAnotherArticle: string;
    /** Why the day of publication helps, under the field. */
    publishedHint: string;
    noArticle: string;
    articleTextLabel: (id: string) => string;
    selectByKeyboard: string;
    plainText: string;
    selection: string;
    selected: string;
    newRecord: string;
    useAsExcerpt: string;
    candidates: (n: number) => string;
    chips: { label: string; amount: string; count: string; donor: string; date: string };
    drafts: string;
    accepted: (n: number) => string;
    editRecordButton: (id: string) => string;
    recordForm: (id: string) => string;
    newRecordTitle: string;
    editRecord: (id: string) => string;
    problemCount: (n: number) => string;
    noProblems: string;
    excerpt: string;
    translation: string;
    reselectHint: string;
    recordId: string;
    kind: string;
    chooseKind: string;
    donors: string;
    recipient: string;
    amount: string;
    amountText: string;
    amountValue: string;
    currency: string;
    noCurrency: string;
    items: string;
    itemLabel: (n: number) => string;
    category: string;
    itemName: string;
    quantity: string;
    unit: string;
    noUnit: string;
    removeItem: (n: number) => string;
    addItem: string;
    date: string;
    dateStart: string;
    dateEnd: string;
    precision: string;
    basis: string;
    bases: { explicit: string; inferred: string };
    inferred: string;
    partOf: string;
    partOfSuggested: (id: string) => string;
    usePartOf: string;
    note: string;
    duplicates: string;
    addAsSource: (id: string) => string;
    /** Why a record looks like the draft: the shared donors, what figure, the record's date. */
    duplicateReason: (donors: string, figure: string, date: string) => string;
    duplicateFigure: { quantity: string; items: string };
    /** Adding an exchange rate a new record needs (currency, and the month as the reader reads it). */
    rateTitle: (currency: string, month: string) => string;
    rateHint: string;
    usdPerUnit: (currency: string) => string;
    rateSource: string;
    addRate: string;
    diffRate: (currency: string, month: string, usd: string) => string;
    removeRate: (currency: string, month: string) => string;
    translationFirst: string;
    accept: string;
    saveRecord: string;
    discard: string;
    exportTitle: string;
    nothingYet: string;
    diff: string;
    diffSource: string;
    diffAdded: string;
    diffChanged: string;
    diffSources: (n: number) => string;
    exportProblems: (n: number) => string;
    /** The button's words around the file's name, which stays as it is (`file`). */
    exportJson: (file: string) => string;
    exportText: (id: string) => string;
    newBadge: string;
    loading: string;
  };
  /** A part of the page loaded when first shown (the table, the sources, the loader). */
  lazy: { loading: string; failed: string; retry: string };
}

/**
 * Each language's messages once loaded: English ships with the page; Dutch (messages-nl.ts) is
 * a chunk of its own, put here by load-language.ts. Read through {@link messagesFor}.
 */
export const MESSAGES: { en: Messages } & Partial<Record<Language, Messages>> = { en };

/** A language's messages, or English while that language is still loading. */
export const messagesFor = (language: Language): Messages => MESSAGES[language] ?? en;
