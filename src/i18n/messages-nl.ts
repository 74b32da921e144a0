import type { Messages } from './messages';
import { counted } from './counted';

const plural = counted('nl-NL');

/** The interface in Dutch. */
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
    announcements: (n) => plural(n, 'aankondiging', 'aankondigingen'),
    committedBy: (usd, donors) => `${usd} toegezegd door ${plural(donors, 'donor', 'donoren')}`,
    deployments: (n) => `${plural(n, 'inzet', 'inzetten')} bij bondgenoten, apart getoond`,
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
  organisations: { NATO: 'NAVO', EU: 'Europese Unie' },
  // As a Dutch paper prints them, on the long scale (a biljoen is 10^12); no word for thousands.
  usd: {
    scales: [
      [1e12, (figure) => `${figure} biljoen dollar`],
      [1e9, (figure) => `${figure} miljard dollar`],
      [1e6, (figure) => `${figure} miljoen dollar`],
    ],
    whole: (figure) => `${figure} dollar`,
  },
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
      `Tijdlijn van ${plural(n, 'aankondiging', 'aankondigingen')}, in banen per ${mode === 'donor' ? 'donor' : 'soort'}`,
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
    referencesMerged: (count) =>
      `${plural(count, 'lopend totaal', 'lopende totalen')} hier, het grootste getoond.`,
    merged: (count, kind, total) =>
      `${plural(count, 'aankondiging', 'aankondigingen')} (${kind}), samen ${total}, te smal om apart te tekenen`,
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
      `+ ${plural(n, 'ander fragment', 'andere fragmenten')}: klik of druk op Enter voor alle.`,
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
      `De ${plural(shown, 'aankondiging', 'aankondigingen')} in beeld (van ${total}), zoals de filters en het tijdvenster ze overlaten.`,
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
    showMore: (n) => `Toon ${n} rijen meer`,
    empty: 'Geen aankondiging voldoet aan de filters.',
    open: 'Open de bron',
  },
  sources: {
    title: 'De artikelen',
    intro:
      'Elk record komt uit een van deze artikelen. Elk artikel toont alle records die eruit komen, ongeacht de filters. Open een artikel om het helemaal te lezen, met elke geciteerde zin gemarkeerd; elke markering leidt naar haar record.',
    published: 'Verschenen',
    records: (n) => plural(n, 'record', 'records'),
    readText: 'Lees het artikel',
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
    pictureFailed: {
      canvas: 'deze browser kan niet op een canvas tekenen',
      encode: 'de afbeelding kon niet worden gecodeerd',
      draw: 'de grafiek kon niet als afbeelding worden getekend',
    },
  },
  data: {
    heading: 'De dataset',
    builtInProblems: (n) => `De ingebouwde dataset heeft ${plural(n, 'probleem', 'problemen')}`,
    builtIn: (n) =>
      `De ingebouwde dataset: ${plural(n, 'aankondiging', 'aankondigingen')} uit vijf artikelen.`,
    showing: 'Getoond:',
    loadedRejected: (loaded, rejected) => `${loaded} geladen, ${rejected} afgewezen`,
    unverified: ' · fragmenten niet gecontroleerd (geen artikelteksten meegeleverd)',
    load: 'Eigen dataset laden…',
    dropHint:
      'of sleep een .json- of .csv-bestand (tot 50 MB, zo’n 100.000 aankondigingen; met de artikelen als .txt, als je die hebt) op de pagina',
    back: 'Terug naar de ingebouwde dataset',
    couldNotLoad: 'Die dataset kon niet worden geladen:',
    unchanged: 'Het beeld hieronder is ongewijzigd.',
    report: 'Download het rapport',
    dismiss: 'Sluiten',
    rejectedSummary: (rejected, problems) =>
      `${plural(rejected, 'record', 'records')} afgewezen, ${plural(problems, 'probleem', 'problemen')}`,
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
    unreadable: (detail) => `het bestand kon niet worden gelezen (${detail || 'de lader stopte'})`,
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
      `${name}, een bestand dat je zelf hebt geladen: ${plural(records, 'aankondiging', 'aankondigingen')} uit ${plural(sources, 'artikel', 'artikelen')}${span ? `, ${span}` : ''}. ${
        checked === 0
          ? 'Er kwamen geen artikelteksten mee, dus de fragmenten zijn niet gecontroleerd.'
          : checked < sources
            ? `De fragmenten zijn gecontroleerd aan de ${plural(checked, 'artikeltekst', 'artikelteksten')} die meekwamen.`
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
  lazy: {
    loading: 'Dit deel van de pagina wordt geladen…',
    failed:
      'Dit deel van de pagina kon niet worden geladen (is de site bereikbaar, en ben je online?). De rest van de pagina werkt nog.',
    retry: 'Opnieuw proberen',
  },
};
