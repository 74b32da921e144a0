import type { Messages } from './messages';
import { counted } from './counted';

const plural = counted('nl-NL');

/** The interface in Dutch. */
export const nl: Messages = {
  title: 'Militaire steun aan Oekraïne',
  lede: 'Wie beloofde wat, wanneer, en waar elk cijfer vandaan komt: de steunaankondigingen in vijf Nederlandstalige nieuwsartikelen, januari 2022 tot februari 2023, elk herleid tot de zin waarin het staat.',
  ledeHow: {
    pointer:
      'Wijs een markering aan of geef haar focus voor de bron; klik erop om het artikel te lezen.',
    touch: 'Tik op een markering voor de bron en het artikel.',
  },
  footer:
    'Gegevens met de hand verzameld uit vijf artikelen; elk cijfer is gekoppeld aan zijn zin. Bedragen in euro omgerekend tegen de maandgemiddelde koers van de ECB. Vlaggen: flag-icons (MIT).',
  language: {
    label: 'Taal',
    en: 'English',
    nl: 'Nederlands',
    loading: 'De taal wordt geladen…',
    failed:
      'Die taal kon niet worden geladen (is de site bereikbaar, en ben je online?). Kies haar nog eens om het opnieuw te proberen.',
  },
  theme: { label: 'Weergave', system: 'Systeem', light: 'Licht', dark: 'Donker' },
  settingsLabel: 'Taal en weergave',
  views: {
    label: 'Toon',
    charts: 'Grafieken',
    table: 'Tabel',
    sources: 'Bronnen',
    curate: 'Cureren',
  },
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
    deployments: (n) => `${plural(n, 'inzet', 'inzetten')} bij bondgenoten, apart getoond`,
    none: 'Geen aankondiging voldoet aan de filters.',
    noDates: 'geen data',
    inSpan: (span, what) => `${span}: ${what}`,
    committed: (usd) => `${usd} toegezegd`,
    delivered: (usd) => `${usd} geleverd (van steun toegezegd buiten beeld)`,
    byOne: (name) => `, alles door één donor (${name})`,
    bySeveral: (donors, top, share) => ` door ${donors} donoren (${top} ${share})`,
    others: (n) => `; geen bedrag genoemd voor ${plural(n, 'andere donor', 'andere donoren')}`,
    noSum: {
      notPrinted: 'geen bedragen genoemd',
      notConverted: 'geen bedrag in dollars (de genoemde bedragen hebben geen munt of koers)',
      runningTotal: 'geen bedragen op te tellen (lopende totalen worden getoond, nooit opgeteld)',
    },
    matches: (n, of, query) =>
      n === 0
        ? `geen van de ${of.toLocaleString('nl-NL')} in beeld past bij “${query}”`
        : `${n.toLocaleString('nl-NL')} van ${of.toLocaleString('nl-NL')} passen bij “${query}”`,
  },
  search: {
    label: 'Zoeken',
    hint: 'Woorden of cijfers in de fragmenten, vertalingen, notities, items en donoren; druk op / om te zoeken',
    clear: 'Zoekopdracht wissen',
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
    toggle: (active) => (active === 0 ? 'Filters' : `Filters (${active} actief)`),
  },
  skip: { timeline: 'Naar de tijdlijn', table: 'Naar de tabel' },
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
    helpLinear:
      'Scroll of knijp om te zoomen, sleep om te verschuiven. De as is lineair: gelijke breedtes zijn gelijke tijdsduren, dus rustige jaren krijgen hun ruimte en drukke weken blijven smal (zoom in om hun markeringen uit elkaar te houden). Toetsen: pijlen gaan van markering naar markering, Enter opent de bron, + en − zoomen, 0 herstelt, Shift+pijlen verschuiven.',
    howToRead: 'Zo lees je de tijdlijn',
    empty: 'Geen aankondiging voldoet aan de filters.',
    groupLabel: (n, mode) =>
      `Tijdlijn van ${plural(n, 'aankondiging', 'aankondigingen')}, in banen per ${mode === 'donor' ? 'donor' : 'soort'}`,
    aggregateLabel: (n, usd, from, to, kinds, opens) =>
      `${plural(n, 'aankondiging', 'aankondigingen')} te dicht bijeen om uit elkaar te houden, ${from === to ? from : `${from} – ${to}`}${usd ? `, samen ${usd}` : ''}; soorten: ${kinds}. ${opens === 'zoom' ? 'Klik of druk op Enter om in te zoomen.' : 'Klik of druk op Enter om ze op te sommen.'}`,
    aggregateList: (n, from, to) =>
      `${plural(n, 'aankondiging', 'aankondigingen')}, ${from === to ? from : `${from} – ${to}`}`,
    aggregateListHelp:
      'Met de pijltjestoetsen loopt u door de lijst, Enter opent de bron, Escape sluit de lijst.',
    aggregateListClose: 'Lijst sluiten',
    aggregateNoSum: 'geen bedrag genoemd',
    otherDonors: (groups) =>
      `${plural(groups, 'andere donor of groep', 'andere donoren en gezamenlijke groepen')}`,
    allLanes: (groups) => `Alle ${plural(groups, 'baan', 'banen')} tonen`,
    fewerLanes: (kept) => `Alleen de ${kept} drukste banen tonen`,
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
    filterToShown: (shown, name) => `${shown}: filter op ${name}`,
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
    absent: {
      noSum: (names) => `Geen bedrag genoemd voor ${names}.`,
      noGdp: (names) => `Geen aandeel in het bbp voor ${names}: geen enkel land.`,
      noGdpFigure: (names, year) => `Geen bbp-cijfer voor ${year} voor ${names}.`,
      noCount: (names, category) => `Geen aantal genoemd voor ${category}-items van ${names}.`,
    },
    emptyMetric: {
      usd: 'Geen aankondiging in beeld noemt een bedrag, dus er zijn geen dollars te vergelijken.',
      gdp: 'Geen aankondiging in beeld noemt een bedrag van één land met een bbp-cijfer, dus er zijn geen aandelen te vergelijken.',
      quantity: (category) => `Geen aankondiging in beeld noemt een aantal ${category}.`,
    },
    donorTable: {
      caption:
        'Elke donor in beeld: de aankondigingen per soort, de toegezegde en geleverde dollars (volgens de telregels) en de genoemde aantallen, per categorie.',
      donor: 'Donor',
      announcements: 'Aankondigingen',
      committed: 'Toegezegd',
      delivered: 'Geleverd',
      quantities: 'Aantallen',
      none: '–',
      shownOf: (shown, all) =>
        `De ${shown} donoren met de meeste toegezegde dollars, van ${plural(all, 'donor of gezamenlijke groep', 'donoren en gezamenlijke groepen')} in beeld.`,
      showAll: (all) => `Alle ${plural(all, 'rij', 'rijen')} tonen`,
      showFewer: (shown) => `De eerste ${shown} tonen`,
    },
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
  runningTotal: {
    title: 'Steun door de tijd',
    show: 'Toon',
    modes: { committed: 'Toegezegd', delivered: 'Geleverd' },
    help: (mode) =>
      `Lopend totaal van de ${mode === 'committed' ? 'toegezegde' : 'geleverde'} steun in Amerikaanse dollars per donor, vanaf het begin van de getoonde periode, geteld als in ‘Steun per donor’ (elke lijn eindigt bij zijn balk). Elke trede is één aankondiging, op de laatste dag die de datum toelaat; ★ is een lopend totaal dat de artikelen melden, nooit opgeteld.`,
    groupLabel: (mode, lines) =>
      `Steun door de tijd: lopende totalen, ${mode.toLowerCase()}, ${plural(lines, 'lijn', 'lijnen')}`,
    keys: 'Links en Rechts lopen langs de punten van een lijn, Omhoog en Omlaag kiezen een andere donor, Enter opent de bron.',
    point: (donor, date, total, mode) =>
      `${donor}, ${date}: ${total} ${mode.toLowerCase()} in totaal`,
    movedBy: (record) => `verhoogd door: ${record}`,
    reference: (donor, date, total, offScale) =>
      `${donor}, ${date}: lopend totaal zoals gemeld, ${total}, nooit opgeteld${offScale ? ' (buiten de schaal)' : ''}`,
    referenceKey: 'Lopend totaal zoals gemeld, nooit opgeteld',
    others: (n) => `${plural(n, 'andere donor', 'andere donoren')} (grijs)`,
    noSum: (names, n) =>
      `Geen bedrag in Amerikaanse dollars in beeld ${n === 1 ? 'van' : 'van deze donoren'}: ${names}.`,
    empty: (mode) =>
      `Niets op te tellen: geen aankondiging in beeld noemt een bedrag in Amerikaanse dollars (of een dat om te rekenen is) dat als ${mode.toLowerCase()} telt.`,
    csvHint: 'De lopende totalen als tabel: één rij per trede en per gemeld totaal',
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
    toSentence: 'Naar de zin in het artikel',
    furniture: 'geen deel van het bericht',
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
    outlet: 'Medium',
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
    builtInWithWork: (records, added, articles) =>
      `De ingebouwde dataset met uw curatiewerk: ${plural(records, 'aankondiging', 'aankondigingen')} (${added} nieuw) uit ${plural(articles, 'artikel', 'artikelen')}.`,
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
      receiving: 'Records ontvangen',
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
        .map(
          (a) =>
            `“${a.title ?? a.summary}” (nieuwsartikel in het ${a.language}, ${a.outlet ? `${a.outlet}, ` : ''}${a.month})`,
        )
        .join('; ')}; ${
        articles.every((a) => a.outlet) ? 'auteur' : 'medium en auteur'
      } niet genoemd. In: Militaire steun aan Oekraïne, ${where}, geraadpleegd op ${consulted}.`,
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
      }`,
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
  window: {
    controls: 'Voorkeuzes, datums en as',
    title: 'Tijdvenster',
    presets: 'Toon',
    before: 'Voor de invasie',
    firstWeeks: 'Eerste weken van de invasie',
    oneYear: 'Een jaar later',
    everything: 'Alles',
    presetOutside: 'De gegevens hebben geen aankondiging in deze periode',
    from: 'Van',
    to: 'Tot en met',
    fromInvalid: 'Geen datum: typ een dag als dag, maand en jaar.',
    toInvalid: 'Geen datum: typ een dag als dag, maand en jaar.',
    dateHint: 'Dag, maand, jaar: 24 feb 2022 of 24-02-2022',
    reversed: 'Van ligt na Tot en met: er is niets veranderd.',
    outside: (first, last) =>
      `Geen gegevens in deze periode: de gegevens lopen van ${first} tot ${last}.`,
    axis: 'Tijdas',
    squeezed: 'Ingedrukt',
    linear: 'Lineair',
    axisHelpSqueezed:
      'Ingedrukt: rustige perioden zijn ingekort (gearceerd) en drukke weken krijgen meer ruimte, dus afstanden zijn geen tijdsduren.',
    axisHelpLinear:
      'Lineair: gelijke breedtes zijn gelijke tijdsduren, en rustige jaren krijgen hun ruimte.',
    overview: (from, to) =>
      `Overzicht: aankondigingen over de hele periode, met het venster ${from} tot en met ${to} gemarkeerd`,
    overviewHelp:
      'sleep over de strook om een periode te kiezen, of de randen om die te veranderen',
  },
  workbench: {
    title: 'Werkbank voor curatie',
    intro:
      'Voeg een artikel toe, kies een gemarkeerde zin of selecteer een stuk tekst, controleer het voorgestelde record en exporteer de dataset.',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    storage: {
      loading: 'Je bewaarde werk wordt geopend…',
      saved: 'Je werk wordt gaandeweg in deze browser bewaard.',
      memory:
        'Deze browser bewaart hier geen werk (IndexedDB is niet beschikbaar): je werk blijft tot de pagina sluit. Exporteer het voor je weggaat.',
      failed:
        'Bewaren is mislukt; je werk staat nog in deze pagina. Exporteer het voor je weggaat.',
    },
    addArticle: 'Artikel toevoegen',
    articleText: 'Tekst van het artikel (plak hem, of sleep een .txt-bestand hierheen)',
    pickTxt: 'Of kies een .txt-bestand',
    notTxt: (file) => `${file} is geen .txt-bestand; kies het artikel als platte tekst.`,
    published: 'Verschenen (JJJJ-MM of JJJJ-MM-DD)',
    language: 'Taal',
    outlet: 'Medium (optioneel)',
    articleTitle: 'Titel (optioneel)',
    summary: 'Samenvatting: één Engelse regel over het artikel',
    articleId: 'Id van het artikel (het bestand in data/sources/)',
    articleIdHint: (id) => `De tekst wordt data/sources/${id}.txt, byte voor byte bewaard.`,
    idProblems: {
      empty: 'Het id mag niet leeg zijn.',
      characters:
        'Gebruik alleen letters, cijfers, _ en - (het is een bestandsnaam), te beginnen met een letter of cijfer.',
      taken: 'Dit id is al in gebruik voor een ander artikel.',
    },
    needText: 'Plak of sleep de tekst van het artikel.',
    needMonth: 'Geef de maand van verschijnen als JJJJ-MM (of de dag als JJJJ-MM-DD).',
    needSummary: 'Schrijf één regel over wat het artikel behandelt.',
    addArticleButton: 'Voeg het artikel toe',
    articles: 'Artikelen',
    removeArticle: (id) => `${id} verwijderen`,
    remove: 'Verwijderen',
    addAnotherArticle: 'Nog een artikel toevoegen',
    publishedHint:
      'Geef de dag als je die weet: dan krijgen “vrijdag”, “vorige week” of “vandaag” hun dag of week; met alleen de maand stelt het formulier de periode voor waarin ze kunnen vallen.',
    noArticle: 'Nog geen artikel: voeg er een toe om te beginnen.',
    articleTextLabel: (id) => `Tekst van ${id}, kandidaatzinnen gemarkeerd`,
    selectByKeyboard: 'Tekst selecteren met het toetsenbord',
    plainText: 'De tekst (selecteer met Shift en de pijltjestoetsen)',
    selection: 'Geselecteerde tekst',
    selected: 'Geselecteerd:',
    newRecord: 'Nieuw record uit deze tekst',
    useAsExcerpt: 'Gebruik als citaat van het open record',
    candidates: (n) => (n === 1 ? '1 kandidaatzin' : `${n} kandidaatzinnen`),
    chips: { label: 'Herkend', amount: 'Bedrag', count: 'Aantal', donor: 'Donor', date: 'Datum' },
    drafts: 'Concepten',
    accepted: (n) => (n === 1 ? '1 nieuw record' : `${n} nieuwe records`),
    editRecordButton: (id) => `${id} bewerken`,
    recordForm: (id) => `Record ${id}`,
    newRecordTitle: 'Nieuw record',
    editRecord: (id) => `${id} bewerken`,
    problemCount: (n) => (n === 1 ? '1 probleem op te lossen' : `${n} problemen op te lossen`),
    noProblems: 'Geen problemen: het record komt door de validatie.',
    excerpt: 'Citaat (precies de geselecteerde tekst)',
    translation: 'Vertaling (Engels)',
    reselectHint:
      'Om het citaat te wijzigen: selecteer een ander stuk in het artikel en kies “Gebruik als citaat van het open record”.',
    recordId: 'Id van het record',
    kind: 'Soort',
    chooseKind: 'Kies een soort',
    donors: 'Donoren (codes, met komma’s)',
    recipient: 'Ontvanger',
    amount: 'Bedrag',
    amountText: 'Zoals gedrukt',
    amountValue: 'Waarde in eenheden',
    currency: 'Munt',
    noCurrency: 'Geen vermeld',
    items: 'Onderdelen',
    itemLabel: (n) => `Onderdeel ${n}`,
    category: 'Categorie',
    itemName: 'Naam',
    quantity: 'Aantal',
    unit: 'Eenheid',
    noUnit: 'Geen eenheid',
    removeItem: (n) => `Onderdeel ${n} verwijderen`,
    addItem: 'Onderdeel toevoegen',
    date: 'Datum van de gebeurtenis',
    dateStart: 'Begin',
    dateEnd: 'Einde',
    precision: 'Precisie',
    basis: 'Grondslag',
    bases: { explicit: 'Genoemd in de tekst', inferred: 'Afgeleid' },
    inferred: 'Zo is ze afgeleid:',
    partOf: 'Deel van (id van het pakket)',
    partOfSuggested: (id) => `Deze levering is mogelijk deel van ${id}.`,
    usePartOf: 'Overnemen',
    note: 'Opmerking',
    duplicates: 'Waarschijnlijk dezelfde gebeurtenis',
    addAsSource: (id) => `Voeg toe als tweede bron van ${id}`,
    duplicateReason: (donors, figure, date) =>
      `zelfde donor (${donors}), ${figure}, gedateerd ${date}: toevoegen als tweede bron van dat record?`,
    duplicateFigure: {
      quantity: 'een vergelijkbaar aantal',
      items: 'hetzelfde soort materieel, zonder cijfers',
    },
    rateTitle: (currency, month) => `Wisselkoers voor ${currency} in ${month}`,
    rateHint:
      'De dataset heeft geen koers voor deze munt in de maand waarin de datum van het record eindigt, dus het record kan niet naar dollars worden omgerekend en de validator weigert het. Voeg de koers toe en waar die vandaan komt (voor de euro bijvoorbeeld het maandgemiddelde van de ECB).',
    usdPerUnit: (currency) => `Amerikaanse dollar voor 1 ${currency}`,
    rateSource: 'Waar de koers vandaan komt',
    addRate: 'Voeg de koers toe',
    diffRate: (currency, month, usd) =>
      `Wisselkoers: 1 ${currency} = ${usd} Amerikaanse dollar in ${month}`,
    removeRate: (currency, month) => `Verwijder de koers voor ${currency} in ${month}`,
    translationFirst: 'Schrijf eerst de vertaling: de tweede bron neemt haar mee.',
    accept: 'Record aanvaarden',
    saveRecord: 'Record bewaren',
    discard: 'Concept weggooien',
    exportTitle: 'Exporteren',
    nothingYet: 'Nog niets toegevoegd of gewijzigd.',
    diff: 'Wat de export toevoegt of wijzigt',
    diffSource: 'Nieuw artikel',
    diffAdded: 'Toegevoegd',
    diffChanged: 'Gewijzigd',
    diffSources: (n) => (n === 1 ? '1 bron' : `${n} bronnen`),
    exportProblems: (n) =>
      n === 1 ? 'De werkdataset heeft 1 probleem:' : `De werkdataset heeft ${n} problemen:`,
    exportJson: (file) => `${file} exporteren`,
    exportText: (id) => `${id}.txt downloaden`,
    newBadge: 'nieuw',
    loading: 'De werkbank wordt geopend…',
  },
  lazy: {
    loading: 'Dit deel van de pagina wordt geladen…',
    failed:
      'Dit deel van de pagina kon niet worden geladen (is de site bereikbaar, en ben je online?). De rest van de pagina werkt nog.',
    retry: 'Opnieuw proberen',
  },
};
