/// The words of one page language: fixed page furniture (status, meta, see-also, continuation),
/// number punctuation, and the made-up news text that fills the article and headlines.
///
/// Companies are invented and people are anonymous roles: the text is random, so it must never
/// put made-up news or quotations on a real firm or person.
struct Vocabulary: Sendable {
    let statusOpen: [UInt8]
    let statusClosed: [UInt8]
    /// The meta line is `metaBefore` + minutes + `metaAfter`.
    let metaBefore: [UInt8]
    let metaAfter: [UInt8]
    let seeAlsoPrefix: [UInt8]
    let continuation: [UInt8]
    /// Between the integer groups of a number (NBSP in French, `,` in English).
    let thousands: [UInt8]
    let decimalMark: UInt8
    /// Between thousands in counts inside the article text (`200.000` in French, as the seed writes it).
    let countSeparator: UInt8
    /// Between a percentage and its `%` (a space in French, nothing in English).
    let beforePercent: [UInt8]
    /// Opening and closing marks of the quotation styles this language uses.
    let quoteMarks: [(open: [UInt8], close: [UInt8])]

    let companies: [[UInt8]]
    let persons: [[UInt8]]
    let places: [[UInt8]]
    let periods: [[UInt8]]
    let sectors: [[UInt8]]
    /// Quotation texts, without marks or final punctuation.
    let quotes: [[UInt8]]
    /// `{SOC} : {FAIT}` facts for titles and headlines.
    let facts: [Template]
    /// Plain sentences for paragraphs.
    let sentences: [Template]
    /// Sentences that carry a `{CIT}` quotation.
    let quoteSentences: [Template]
    /// Headlines that are not `{SOC} : {FAIT}`.
    let headlines: [Template]
    /// Title shape: `{SOC}` + `titleJoin` + a fact.
    let titleJoin: [UInt8]
    /// How an amount slot is written: `amountBillions` takes the number before it.
    let amountBillions: [UInt8]
    let amountMillions: [UInt8]
    let amountPrefix: [UInt8]
    let dividendSuffix: [UInt8]

    static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
}

extension Vocabulary {
    /// French, as on the real capture.
    static let french = Vocabulary(
        statusOpen: Array("La bourse est ouverte".utf8),
        statusClosed: Array("La bourse est fermée".utf8),
        metaBefore: Array("·".utf8),
        metaAfter: Array("\u{A0}min de lecture".utf8),
        seeAlsoPrefix: Array(">> A lire aussi - ".utf8),
        continuation: Array("(...) Cliquez ici pour voir la suite".utf8),
        thousands: Array("\u{A0}".utf8),
        decimalMark: UInt8(ascii: ","),
        countSeparator: UInt8(ascii: "."),
        beforePercent: Array(" ".utf8),
        quoteMarks: [
            (Array("\"".utf8), Array("\"".utf8)),
            (Array("“".utf8), Array("”".utf8)),
            (Array("« ".utf8), Array(" »".utf8)),
        ],
        companies: bytes([
            "Aérolis", "Norvane", "Belcour Automobiles", "Groupe Sarnelle", "Orvéa", "Lactéa", "Vireo Energie",
            "Banque Calders", "Helvane Pharma", "Stratis Télécom", "Quintal Distribution", "Brevia Motors",
            "Lumis Technologies", "Maison Ardanne", "Cobalt Systèmes", "Nautilia", "Ferrane Acier", "Pixelune",
            "Solvane", "Tessal Semiconducteurs", "Hexam Assurances", "Rivelle Cosmétiques", "Azurail", "Ombrelle Voyages",
        ]),
        persons: bytes([
            "le directeur général du groupe", "le directeur financier", "la présidente du conseil d'administration",
            "un porte-parole de l'entreprise", "un économiste d'une grande banque", "un représentant syndical",
            "un analyste de la place", "un gérant de portefeuille parisien", "la directrice de la stratégie",
            "une stratégiste de marché",
        ]),
        places: bytes([
            "Pékin", "Washington", "Bruxelles", "Francfort", "Londres", "Tokyo", "Shanghaï", "New York",
            "Berlin", "Madrid", "Toulouse", "Lyon",
        ]),
        periods: bytes([
            "au premier trimestre", "au deuxième trimestre", "sur l'ensemble de l'année", "d'ici la fin de l'année",
            "en 2022", "sur un an", "depuis le début de l'année", "sur le semestre",
        ]),
        sectors: bytes([
            "le secteur automobile", "le secteur du luxe", "l'industrie aéronautique", "le secteur bancaire",
            "le secteur de l'énergie", "la grande distribution", "les opérateurs télécoms",
            "l'industrie pharmaceutique", "les fabricants de semi-conducteurs", "le tourisme",
        ]),
        quotes: bytes([
            "Nous avons les moyens de nos ambitions", "La demande n'a jamais été aussi forte",
            "Il est encore trop tôt pour parler de reprise durable",
            "Nous ne prendrons aucun risque avec les données de nos clients", "Le plus dur est derrière nous",
            "Nous restons très attentifs à l'évolution des prix de l'énergie",
            "Ce rapprochement crée un acteur de taille mondiale",
            "Les marchés ont déjà intégré une bonne partie de ces nouvelles",
            "La situation reste très incertaine pour les mois à venir",
            "Nous allons continuer à investir massivement en Europe",
        ]),
        facts: [
            "le titre bondit après des résultats solides", "la direction relève ses objectifs annuels",
            "un accord trouvé avec les syndicats", "les ventes reculent plus que prévu {PER}",
            "un plan d'économies de {MDS} annoncé", "le groupe rassure sur sa rentabilité",
            "une acquisition à {MDS} en vue", "la production freinée par la pénurie de puces",
            "le patron promet un dividende en hausse", "l'Etat pourrait monter au capital",
            "Bruxelles ouvre une enquête approfondie", "les analystes relèvent leur objectif de cours",
            "une nouvelle usine en projet près de {LIEU}", "le titre chute après un avertissement sur résultats",
            "le patron promet une année “historique”", "un investissement de {MDS} à {LIEU}",
        ].map(Template.init),
        sentences: [
            "{SOC} a publié un chiffre d'affaires en hausse de {PCT} {PER}, selon un communiqué diffusé ce matin.",
            "Le groupe vise désormais une marge opérationnelle supérieure à {PCT} {PER}.",
            "Les investisseurs restent prudents sur {SECT}, en raison de la hausse des coûts de l'énergie.",
            "Selon {PERS}, la demande reste soutenue à {LIEU} comme en Europe.",
            "Le titre a gagné {PCT} à la Bourse de Paris dans les premiers échanges.",
            "L'action a reculé de {PCT} en séance, avant de réduire ses pertes en fin de journée.",
            "{SOC} prévoit d'investir {MDS} dans de nouvelles usines d'ici 2025.",
            "Le groupe emploie près de {EFF} salariés dans le monde, dont une large partie en France.",
            "Les autorités de {LIEU} ont ouvert une enquête sur les conditions de cette opération.",
            "Plusieurs analystes ont relevé leur objectif de cours, jugeant la valorisation encore raisonnable.",
            "La Banque centrale européenne a de son côté laissé ses taux directeurs inchangés.",
            "Cette décision intervient alors que les marchés s'inquiètent d'un retour de l'inflation.",
            "Le conseil d'administration proposera un dividende de {DIV} par action.",
            "La pénurie de semi-conducteurs continue de peser sur la production, a reconnu {PERS}.",
            "Le groupe a enregistré un bénéfice net de {MDS} {PER}, contre une perte un an plus tôt.",
            "Les ventes en ligne ont progressé de {PCT} sur la période, portées par les confinements successifs.",
            "A {LIEU}, les discussions avec les pouvoirs publics se poursuivent.",
            "Cette opération valorise l'ensemble à {MDS}, dette comprise.",
            "Le rachat doit encore recevoir le feu vert des autorités de la concurrence.",
            "Depuis le début de l'année, le titre affiche une progression de {PCT}.",
            "Les syndicats dénoncent un plan qui pourrait menacer plusieurs centaines d'emplois.",
            "{SOC} a par ailleurs confirmé ses objectifs pour l'exercice en cours.",
            "La campagne de vaccination pourrait accélérer la reprise de l'activité au second semestre.",
            "Le cours du baril a lui aussi pesé sur la séance, dans un marché toujours très volatil.",
            "Interrogé par l'AFP, {SOC} n'a pas souhaité commenter ces informations.",
            "Le projet prévoit la construction d'un nouveau site près de {LIEU}, pour un coût de {MDS}.",
            "Pour {PERS}, le rebond de la consommation en Chine reste le principal moteur de la croissance.",
            "Les concurrents de {SOC} ont eux aussi profité de ce regain d'optimisme sur {SECT}.",
        ].map(Template.init),
        quoteSentences: [
            "{CIT}, a déclaré {PERS}.", "{CIT}, a souligné {PERS} lors d'une conférence téléphonique.",
            "Comme l'a résumé {PERS} : {CIT}.", "{CIT}, a assuré {PERS} devant les analystes.",
        ].map(Template.init),
        headlines: [
            "Le CAC 40 termine la séance en hausse, porté par le luxe",
            "Covid-19 : la production de {SOC} suspendue au Brésil", "Bourse : les valeurs à suivre à Paris",
            "Le pétrole recule après une hausse surprise des stocks américains",
            "La BCE maintient ses taux directeurs inchangés",
            "Bitcoin : la cryptomonnaie repasse au-dessus de 50.000 dollars",
            "Immobilier : les prix continuent de grimper dans les grandes villes",
            "Chômage partiel : le gouvernement prolonge le dispositif jusqu'à l'été",
            "Wall Street : le Nasdaq signe un nouveau record",
            "L'euro se replie face au dollar avant la réunion de la Fed",
            "Le conseil Bourse du jour : faut-il renforcer {SOC} ?", "Automobile : les immatriculations rebondissent en mars",
            "Le prix de l’or recule face à la remontée des taux", "Epargne : le Livret A toujours boudé par les Français",
        ].map(Template.init),
        titleJoin: Array(" : ".utf8),
        amountBillions: Array(" milliards d'euros".utf8),
        amountMillions: Array(" millions d'euros".utf8),
        amountPrefix: [],
        dividendSuffix: Array(" euros".utf8)
    )
}
