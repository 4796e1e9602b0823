/// Messages of `finsam import csv` and `finsam export`.
extension Catalog {
    static let importEnglish: [String: String] = [
        "import.no_header":
            "no header row of years: finsam looks for a row such as ;Budget 2024;Plan 2025;Plan 2026 (Budget, Plan, EFP, Prognos, Utfall or a bare year)",
        "import.no_years": "no year of the header is left after firstYear/lastYear in the mapping",
        "import.column_unused": "column {0} is not used: the same year is taken from {1}",
        "import.years_gap":
            "a plan's years follow each other, but {0} is followed by {1}; give firstYear/lastYear in the mapping to take part of the table",
        "import.no_label": "this row has amounts but no name in the first column",
        "import.unplaced_row":
            "cannot tell what {0} is: not a member, income, cost or total finsam recognises by name; say it in the mapping (\"rows\": {\"…\": \"operations\"} or {\"member\": \"id\"})",
        "import.cell_outside_years": "{0} stands in a column without a year in the header",
        "import.not_amount": "{0} ({1}) is not an amount",
        "import.no_federation":
            "the table does not name the federation: give --federation NAME (or \"federation\" in the mapping)",
        "import.negative_contribution": "the contribution of {0} is negative; a member contribution cannot be",
        "import.no_contributions":
            "{0} has no member contributions: no member row (Försäkringskassan, Region …, … kommun) and no even total (Anslag) to derive them from",
        "import.mapping_unknown_field": "the mapping has a field {0} that finsam does not know",
        "import.mapping_unknown_field_suggest":
            "the mapping has a field {0} that finsam does not know; did you mean {1}?",
        "import.mapping_unknown_member":
            "the mapping names the member {0}, which is not in its \"members\" and not a name finsam recognises",
        "import.mapping_unknown_role":
            "{0} is not a row role (contributionsTotal, otherIncome, administration, operations, openingEquity, closingEquity, fundsAvailable, totalIncome, totalContributions, subtotal, totalCosts, operatingCosts, result, operatingResult, ignore)",
        "import.mapping_unknown_role_suggest": "{0} is not a row role; did you mean {1}?",
        "import.mapping_wrong_type": "expected {0}, found {1}",
        "import.written": "Wrote {0}: {1} years, {2} members, {3} cost lines (read as {4}).",
        "import.partial_written": "Wrote {0} without the {1} parts listed above (--partial).",
        "import.nothing_written":
            "Nothing written: {0} parts of the table could not be placed or reconciled (fix the table or the mapping, or give --partial).",
        "import.cannot_write": "cannot write {0}: {1}",
    ]

    static let importSwedish: [String: String] = [
        "import.no_header":
            "ingen rubrikrad med år: finsam letar efter en rad som ;Budget 2024;Plan 2025;Plan 2026 (Budget, Plan, EFP, Prognos, Utfall eller bara årtalet)",
        "import.no_years": "inget av rubrikradens år återstår efter firstYear/lastYear i mappningen",
        "import.column_unused": "kolumnen {0} används inte: samma år tas från {1}",
        "import.years_gap":
            "en plans år följer på varandra, men efter {0} kommer {1}; ange firstYear/lastYear i mappningen för att ta en del av tabellen",
        "import.no_label": "raden har belopp men inget namn i första kolumnen",
        "import.unplaced_row":
            "kan inte avgöra vad {0} är: varken en medlem, en intäkt, en kostnad eller en summa som finsam känner igen på namnet; ange det i mappningen (\"rows\": {\"…\": \"operations\"} eller {\"member\": \"id\"})",
        "import.cell_outside_years": "{0} står i en kolumn utan år i rubrikraden",
        "import.not_amount": "{0} ({1}) är inget belopp",
        "import.no_federation":
            "tabellen anger inte förbundets namn: ange --federation NAMN (eller \"federation\" i mappningen)",
        "import.negative_contribution": "medlemsbidraget från {0} är negativt; det kan ett medlemsbidrag inte vara",
        "import.no_contributions":
            "{0} saknar medlemsbidrag: ingen medlemsrad (Försäkringskassan, Region …, … kommun) och ingen jämn summa (Anslag) att härleda dem ur",
        "import.mapping_unknown_field": "mappningen har fältet {0}, som finsam inte känner till",
        "import.mapping_unknown_field_suggest":
            "mappningen har fältet {0}, som finsam inte känner till; menade du {1}?",
        "import.mapping_unknown_member":
            "mappningen anger medlemmen {0}, som varken finns i dess \"members\" eller är ett namn finsam känner igen",
        "import.mapping_unknown_role":
            "{0} är ingen radroll (contributionsTotal, otherIncome, administration, operations, openingEquity, closingEquity, fundsAvailable, totalIncome, totalContributions, subtotal, totalCosts, operatingCosts, result, operatingResult, ignore)",
        "import.mapping_unknown_role_suggest": "{0} är ingen radroll; menade du {1}?",
        "import.mapping_wrong_type": "väntade {0}, fann {1}",
        "import.written": "Skrev {0}: {1} år, {2} medlemmar, {3} kostnadsrader (läst som {4}).",
        "import.partial_written": "Skrev {0} utan de {1} delar som listas ovan (--partial).",
        "import.nothing_written":
            "Inget skrevs: {0} delar av tabellen kunde inte placeras eller stämmas av (rätta tabellen eller mappningen, eller ange --partial).",
        "import.cannot_write": "kan inte skriva {0}: {1}",
    ]
}

/// Messages of `finsam export`.
extension Catalog {
    static let exportEnglish: [String: String] = [
        "export.too_large": "the workbook would be 4 GiB or more, beyond a ZIP without ZIP64"
    ]
    static let exportSwedish: [String: String] = [
        "export.too_large": "arbetsboken skulle bli 4 GiB eller mer, mer än en ZIP utan ZIP64 rymmer"
    ]
}
