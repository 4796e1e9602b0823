/// Messages of finsam as a CI check: inputs, waivers, receipts, `init`.
extension Catalog {
    static let ciEnglish: [String: String] = [
        "input.no_plans": "no *.json plan files in this directory",
        "receipt.unwritable": "cannot write the receipt {0}: {1}",
        "init.written": "Wrote {0}: a starting plan for {1}, {2}–{3}, with every amount zero.",
        "init.guide":
            "JSON has no comments, so here is what to fill in:\n  members        the state (Försäkringskassan and Arbetsförmedlingen), the region and the municipalities\n  policy         the national equity cap; set equityCap, equityFloor, maxAdminShare, minIndividualShare if the board has adopted its own\n  openingEquity  equity at the start of the first year (null until you know it: the equity rules then say they cannot judge)\n  years          the first is the budget year, the others plan years: fill in contributions and costs\n                 (the region pays half of the state's amount, the municipalities the other half by the split key)\n  initiatives    the initiatives (insatser) the federation funds, with start and end dates\n  waivers        findings the board accepts on purpose, with reason, decision and expiry date\nThen run: finsam validate {0}   (docs/plan-format.md describes every field; finsam schema prints the JSON Schema)",
        "init.exists": "{0} exists; finsam init never overwrites a file (choose another --output)",
        "init.unwritable": "cannot write {0}: {1}",
        "waiver.applied": "waived by the board ({0}): {1}",
        "waiver.bad_pointer": "{0} is not a JSON Pointer: one is empty or starts with /",
        "waiver.incomplete":
            "the waiver for {0} lacks {1}: a waiver needs the reason and the board decision it rests on; it is not applied",
        "waiver.expired": "the waiver for {0} ({1}) expired on {2}; it is no longer applied",
        "waiver.no_expiry":
            "the waiver for {0} ({1}) has no expiry date; a board decision should be reviewed by a set date",
        "waiver.unused": "the waiver for {0} matches no finding; remove it, or correct its year or pointer",
        "waiver.unknown_rule": "the waiver names {0}, which is not a finsam rule, so it matches nothing",
        "waiver.unknown_rule_suggest":
            "the waiver names {0}, which is not a finsam rule, so it matches nothing; did you mean {1}?",
        "waiver.applied_until": "waived by the board ({0}, until {2}): {1}",
    ]

    static let ciSwedish: [String: String] = [
        "input.no_plans": "inga planfiler (*.json) i denna katalog",
        "receipt.unwritable": "kan inte skriva kvittot {0}: {1}",
        "init.written": "Skrev {0}: en startplan för {1}, {2}–{3}, med alla belopp noll.",
        "init.guide":
            "JSON saknar kommentarer, så här är vad som ska fyllas i:\n  members        staten (Försäkringskassan och Arbetsförmedlingen), regionen och kommunerna\n  policy         det nationella taket för eget kapital; ange equityCap, equityFloor, maxAdminShare, minIndividualShare om styrelsen beslutat egna\n  openingEquity  eget kapital vid första årets början (null tills det är känt: reglerna om eget kapital säger då att de inte kan bedöma)\n  years          det första är budgetåret, de andra planår: fyll i medlemsbidrag och kostnader\n                 (regionen betalar hälften av statens belopp, kommunerna andra hälften enligt fördelningsnyckeln)\n  initiatives    insatserna som förbundet finansierar, med start- och slutdatum\n  waivers        fynd som styrelsen medvetet godtar, med skäl, beslut och slutdatum\nKör sedan: finsam validate {0}   (docs/plan-format.md beskriver varje fält; finsam schema skriver ut JSON-schemat)",
        "init.exists": "{0} finns redan; finsam init skriver aldrig över en fil (välj en annan --output)",
        "init.unwritable": "kan inte skriva {0}: {1}",
        "waiver.applied": "undantaget genom styrelsebeslut ({0}): {1}",
        "waiver.bad_pointer": "{0} är ingen JSON-pekare: en sådan är tom eller börjar med /",
        "waiver.incomplete":
            "undantaget för {0} saknar {1}: ett undantag behöver ett skäl och det styrelsebeslut det vilar på; det tillämpas inte",
        "waiver.expired": "undantaget för {0} ({1}) gick ut {2}; det tillämpas inte längre",
        "waiver.no_expiry":
            "undantaget för {0} ({1}) saknar slutdatum; ett styrelsebeslut bör omprövas till ett bestämt datum",
        "waiver.unused": "undantaget för {0} matchar inget fynd; ta bort det eller rätta dess år eller pekare",
        "waiver.unknown_rule": "undantaget anger {0}, som inte är någon regel i finsam, och matchar därför inget",
        "waiver.unknown_rule_suggest":
            "undantaget anger {0}, som inte är någon regel i finsam, och matchar därför inget; menade du {1}?",
        "waiver.applied_until": "undantaget genom styrelsebeslut ({0}, till och med {2}): {1}",
    ]
}
