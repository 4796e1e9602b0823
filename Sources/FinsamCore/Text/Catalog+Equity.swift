/// Messages of a plan that does not state its opening equity (issue 14): what a rule about
/// equity could not judge, and what the plan needs for it. Figures are named as Swedish
/// documents print them (“Ingående eget kapital”).
let equityEnglish: [String: String] = [
    "unstated.equity":
        "{0}: the opening equity is not stated, so finsam cannot judge {1}; state openingEquity, the equity at the start of {2} (or the year's declared opening equity)",
    "unstated.check.negative": "whether equity stays at or above zero",
    "unstated.check.floor": "whether equity stays at or above the policy's floor",
    "unstated.check.cap": "whether equity stays within the cap",
    "unstated.check.declared": "the declared figures that rest on equity (funds available)",
    "unstated.check.balance_sheet": "whether the balance sheet balances (its equity is not declared either)",
    "unstated.check.interim": "the interim equity at the follow-up's date",
    "unstated.deficit":
        "{0}: a negative result of {1} needs a stated reason (deficitReason); the opening equity is not stated",
    "unstated.room": "{0}: the room for new initiatives cannot be judged: the equity is not stated",
    "unstated.projection_start":
        "The projection continues from {0}, whose equity the plan does not state: the projected results are known, the equity is not",
    "report.not_stated": "—",
    "report.state.not_stated": "equity not stated",
    "unstated.sie_equity":
        "the books give opening equity {0} for {1} (#IB); the plan does not state it (openingEquity), so finsam compares nothing",
]

let equitySwedish: [String: String] = [
    "unstated.equity":
        "{0}: ingående eget kapital anges inte, så finsam kan inte bedöma {1}; ange ”Ingående eget kapital” vid början av {2} (openingEquity, eller årets angivna ingående eget kapital)",
    "unstated.check.negative": "om det egna kapitalet håller sig på eller över noll",
    "unstated.check.floor": "om det egna kapitalet håller sig på eller över policyns golv",
    "unstated.check.cap": "om det egna kapitalet håller sig inom taket",
    "unstated.check.declared": "de angivna summor som bygger på eget kapital (”Disponibla medel”)",
    "unstated.check.balance_sheet": "om balansräkningen går ihop (dess eget kapital anges inte heller)",
    "unstated.check.interim": "det egna kapitalet per uppföljningsdatum",
    "unstated.deficit":
        "{0}: ett negativt resultat på {1} kräver en angiven förklaring (deficitReason); ingående eget kapital anges inte",
    "unstated.room": "{0}: utrymmet för nya insatser kan inte bedömas: eget kapital anges inte",
    "unstated.projection_start":
        "Framskrivningen fortsätter från {0}, vars egna kapital planen inte anger: de framskrivna resultaten är kända, det egna kapitalet inte",
    "report.not_stated": "—",
    "report.state.not_stated": "eget kapital anges inte",
    "unstated.sie_equity":
        "bokföringen ger ingående eget kapital {0} för {1} (#IB); planen anger det inte (openingEquity), så finsam jämför inget",
]
