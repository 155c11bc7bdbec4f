/// Market-wrap headlines for archive pages, by instrument: how French and English market news
/// name an instrument (a city for an index, `Wall Street`, `le Footsie`, `le brut`, `BTC`, `ETH`…),
/// in the direction of its move on the page. `{P}` is the move's size with its percent sign
/// (`0,45 %`, `0.45%`). A few mention Tesla, as the real capture's news does.
struct MarketNews: Sendable {
    /// Per instrument name: templates for a rise, templates for a fall.
    let lines: [String: (up: [String], down: [String])]

    static let french = MarketNews(lines: [
        "CAC 40": (
            ["La Bourse de Paris progresse de {P}", "Paris : le CAC 40 gagne {P}, porté par le luxe"],
            ["La Bourse de Paris recule de {P}", "Paris : le CAC 40 cède {P}, les banques pèsent"]
        ),
        "Dow Jones": (
            ["Wall Street : le Dow Jones gagne {P}", "Wall Street dans le vert, le Dow Jones prend {P}"],
            ["Wall Street : le Dow Jones perd {P}", "Wall Street dans le rouge, le Dow Jones cède {P}"]
        ),
        "Nasdaq": (
            ["Wall Street : Tesla porte le Nasdaq, en hausse de {P}", "Le Nasdaq avance de {P}, la tech reprend des couleurs"],
            ["Wall Street : Tesla pèse sur le Nasdaq, en baisse de {P}", "Le Nasdaq recule de {P}, la tech sous pression"]
        ),
        "S&P 500": (
            ["Wall Street : le S&P 500 avance de {P}"],
            ["Wall Street : le S&P 500 recule de {P}"]
        ),
        "DAX": (
            ["Francfort gagne {P}, l'automobile en tête", "La Bourse de Francfort progresse de {P}"],
            ["Francfort recule de {P}, l'automobile à la peine", "La Bourse de Francfort cède {P}"]
        ),
        "FTSE 100": (
            ["Londres : le Footsie grimpe de {P}", "Le Footsie gagne {P}, les minières en soutien"],
            ["Londres : le Footsie cède {P}", "Le Footsie recule de {P}, plombé par les pétrolières"]
        ),
        "Nikkei 225": (
            ["Tokyo termine en hausse de {P}", "Tokyo : le Nikkei gagne {P} grâce aux exportateurs"],
            ["Tokyo termine en baisse de {P}", "Tokyo : le Nikkei recule de {P}, le yen pèse"]
        ),
        "HANG SENG": (
            ["Hong Kong rebondit de {P}", "La Bourse de Hong Kong gagne {P}"],
            ["Hong Kong chute de {P}", "La Bourse de Hong Kong cède {P}"]
        ),
        "Pétrole WTI": (
            ["Le pétrole grimpe de {P}, le WTI au plus haut de la semaine", "Le brut gagne {P} à New York"],
            ["Le pétrole recule de {P}, le WTI sous pression", "Le brut cède {P}, les stocks américains pèsent"]
        ),
        "BTC-EUR": (
            ["Bitcoin : le BTC gagne {P} face à l'euro", "Cryptomonnaies : le BTC bondit de {P}"],
            ["Bitcoin : le BTC recule de {P} face à l'euro", "Cryptomonnaies : le BTC chute de {P}"]
        ),
        "ETH-EUR": (
            ["Ethereum : l'ETH bondit de {P}", "Cryptomonnaies : l'ETH gagne {P}"],
            ["Ethereum : l'ETH recule de {P}", "Cryptomonnaies : l'ETH chute de {P}"]
        ),
        "Gold future": (
            ["L'or gagne {P}, valeur refuge recherchée"],
            ["L'or recule de {P} face à la remontée des taux"]
        ),
        "EUR/USD": (
            ["L'euro gagne {P} face au dollar"],
            ["L'euro recule de {P} face au dollar"]
        ),
    ])

    static let english = MarketNews(lines: [
        "CAC 40": (
            ["Paris stocks rise {P}", "Paris: CAC 40 gains {P} on luxury"],
            ["Paris stocks fall {P}", "Paris: CAC 40 slips {P} as banks weigh"]
        ),
        "Dow Jones": (["Wall Street: Dow Jones gains {P}"], ["Wall Street: Dow Jones loses {P}"]),
        "Nasdaq": (["Wall Street: Tesla lifts the Nasdaq, up {P}"], ["Wall Street: Tesla drags the Nasdaq down {P}"]),
        "S&P 500": (["Wall Street: S&P 500 climbs {P}"], ["Wall Street: S&P 500 falls {P}"]),
        "DAX": (["Frankfurt gains {P}, carmakers lead"], ["Frankfurt drops {P}, carmakers lag"]),
        "FTSE 100": (["London: Footsie climbs {P}"], ["London: Footsie falls {P}"]),
        "Nikkei 225": (["Tokyo ends {P} higher"], ["Tokyo ends {P} lower"]),
        "HANG SENG": (["Hong Kong rallies {P}"], ["Hong Kong slides {P}"]),
        "Pétrole WTI": (["Oil up {P}, WTI crude at a weekly high"], ["Crude falls {P} on US stockpiles"]),
        "BTC-EUR": (["BTC gains {P} against the euro"], ["BTC slips {P} against the euro"]),
        "ETH-EUR": (["ETH jumps {P}"], ["ETH falls {P}"]),
        "Gold future": (["Gold gains {P} as a safe haven"], ["Gold retreats {P} as yields climb"]),
        "EUR/USD": (["Euro gains {P} against the dollar"], ["Euro eases {P} against the dollar"]),
    ])
}
