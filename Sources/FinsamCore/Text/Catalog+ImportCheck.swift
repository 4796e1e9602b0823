/// Messages of the import's reconciliation and of its placement list (`finsam import csv`,
/// `--dry-run`): what each row became, and each printed total checked against the lines.
extension Catalog {
    static let importCheckEnglish: [String: String] = [
        "import.member_twice":
            "{0} is listed again for {1} (first on row {2}): a member contributes once a year; say in the mapping which row is the member's",
        "import.read_as_subtotal":
            "{0} equals the sum of the cost lines above it in every year: read as their subtotal, not as one more cost line",
        "import.sheet_slip":
            "{0} {1}: the sheet prints {2}, but its lines add up to {3}; the sheet's other totals agree with the lines, so the printed figure is the sheet's own slip: kept as printed, for finsam validate to report",
        "import.total_differs":
            "{0} {1}: the sheet prints {2}, but the rows as finsam placed them add up to {3}, and the sheet's other totals do not show that the printed figure is wrong; check the placement (--dry-run) and say in the mapping what a row is",
        "import.other_sign":
            "{0} is printed with the other sign than the other cost lines; a plan's costs are positive amounts, so finsam counts it as a cost. A credit (a refund) has no place in a plan yet: net it against the line it reduces, or say in the mapping what the row is",
        "import.maybe_subtotal":
            "{0} equals the sum of the cost lines above it in every year, and the sheet prints no total costs, result or closing equity to tell whether it is their subtotal: read as a cost line; if it is a subtotal, say so in the mapping (\"rows\": {\"…\": \"subtotal\"})",
        "import.nothing_to_check":
            "the sheet prints no totals (Summa kostnader, Resultat, Utgående eget kapital): nothing in it could be checked against the lines finsam placed",
        "import.placement_header": "What finsam made of each row of {0}:",
        "import.dry_run": "Dry run: nothing written. The plan would have {0} years, {1} members, {2} cost lines.",
        "import.dry_run_refused":
            "Dry run: nothing written, and the import would write nothing: {0} parts of the table could not be placed or reconciled.",
        "import.kind.state": "the state",
        "import.kind.region": "region",
        "import.kind.municipality": "municipality",
        "import.category.administration": "administration",
        "import.category.operations": "operations",
        "import.place.member": "member {0} ({1})",
        "import.place.cost": "cost line, {0}",
        "import.place.cost_group": "cost line, {0}, group {1}",
        "import.place.cost_initiative": "cost line, {0}, initiative {1}",
        "import.place.cost_group_initiative": "cost line, {0}, group {1}, initiative {2}",
        "import.place.other_income": "other income",
        "import.place.ignored_mapping": "ignored (the mapping says so)",
        "import.place.ignored_zero_financial": "ignored: a financial item, zero in every year",
        "import.place.unplaced": "not placed (see the error)",
        "import.place.nested_subtotal":
            "subtotal of the subtotals on rows {0} (declared as a subtotal of them); {1}",
        "import.place.contributions_total":
            "all members' contributions: the plan derives each member's part (half is the state's: stateAllocation); {1}",
        "import.place.opening_equity": "opening equity (the first year's is the plan's); {1}",
        "import.place.closing_equity": "closing equity; {1}",
        "import.place.funds_available": "funds available (opening equity + income); {1}",
        "import.place.total_income": "total income; {1}",
        "import.place.total_contributions": "total contributions; {1}",
        "import.place.subtotal": "subtotal of group {0}; {1}",
        "import.place.total_costs": "total costs; {1}",
        "import.place.operating_costs": "operating costs (before financial items); {1}",
        "import.place.result": "result; {1}",
        "import.place.operating_result": "operating result (before financial items); {1}",
        "import.place.agrees": "agrees with the lines",
        "import.place.differs": "differs from the lines in {0}",
    ]

    static let importCheckSwedish: [String: String] = [
        "import.member_twice":
            "{0} står en gång till för {1} (först på rad {2}): en medlem bidrar en gång om året; ange i mappningen vilken rad som är medlemmens",
        "import.read_as_subtotal":
            "{0} är lika med summan av kostnadsraderna ovanför alla år: läst som deras delsumma, inte som ännu en kostnadsrad",
        "import.sheet_slip":
            "{0} {1}: arket anger {2}, men dess rader summerar till {3}; arkets övriga summor stämmer med raderna, så den tryckta siffran är arkets eget fel: den behålls som den står, och finsam validate rapporterar den",
        "import.total_differs":
            "{0} {1}: arket anger {2}, men raderna som finsam placerade dem summerar till {3}, och arkets övriga summor visar inte att den tryckta siffran är fel; granska placeringen (--dry-run) och ange i mappningen vad en rad är",
        "import.other_sign":
            "{0} har motsatt tecken mot de andra kostnadsraderna; en plans kostnader är positiva belopp, så finsam räknar den som en kostnad. En kreditering (en återbetalning) har ännu ingen plats i en plan: nettoredovisa den mot raden den minskar, eller ange i mappningen vad raden är",
        "import.maybe_subtotal":
            "{0} är lika med summan av kostnadsraderna ovanför alla år, och arket anger varken summa kostnader, resultat eller utgående eget kapital som kan avgöra om det är deras delsumma: läst som en kostnadsrad; är det en delsumma, ange det i mappningen (\"rows\": {\"…\": \"subtotal\"})",
        "import.nothing_to_check":
            "arket anger inga summor (Summa kostnader, Resultat, Utgående eget kapital): inget i det kunde stämmas av mot raderna som finsam placerade",
        "import.placement_header": "Vad finsam gjorde av varje rad i {0}:",
        "import.dry_run": "Provkörning: inget skrevs. Planen skulle få {0} år, {1} medlemmar, {2} kostnadsrader.",
        "import.dry_run_refused":
            "Provkörning: inget skrevs, och importen skulle inte skriva något: {0} delar av tabellen kunde inte placeras eller stämmas av.",
        "import.kind.state": "staten",
        "import.kind.region": "region",
        "import.kind.municipality": "kommun",
        "import.category.administration": "administration",
        "import.category.operations": "verksamhet",
        "import.place.member": "medlem {0} ({1})",
        "import.place.cost": "kostnadsrad, {0}",
        "import.place.cost_group": "kostnadsrad, {0}, grupp {1}",
        "import.place.cost_initiative": "kostnadsrad, {0}, insats {1}",
        "import.place.cost_group_initiative": "kostnadsrad, {0}, grupp {1}, insats {2}",
        "import.place.other_income": "övrig intäkt",
        "import.place.ignored_mapping": "utelämnad (enligt mappningen)",
        "import.place.ignored_zero_financial": "utelämnad: en finansiell post, noll alla år",
        "import.place.unplaced": "inte placerad (se felet)",
        "import.place.nested_subtotal":
            "delsumma av delsummorna på rad {0} (anges som delsumma av dem); {1}",
        "import.place.contributions_total":
            "alla medlemmars bidrag: planen härleder varje medlems del (hälften är statens: stateAllocation); {1}",
        "import.place.opening_equity": "ingående eget kapital (första årets blir planens); {1}",
        "import.place.closing_equity": "utgående eget kapital; {1}",
        "import.place.funds_available": "medel till förfogande (ingående eget kapital + intäkter); {1}",
        "import.place.total_income": "summa intäkter; {1}",
        "import.place.total_contributions": "summa medlemsbidrag; {1}",
        "import.place.subtotal": "delsumma för gruppen {0}; {1}",
        "import.place.total_costs": "summa kostnader; {1}",
        "import.place.operating_costs": "rörelsens kostnader (före finansiella poster); {1}",
        "import.place.result": "resultat; {1}",
        "import.place.operating_result": "rörelseresultat (före finansiella poster); {1}",
        "import.place.agrees": "stämmer med raderna",
        "import.place.differs": "skiljer sig från raderna {0}",
    ]
}
