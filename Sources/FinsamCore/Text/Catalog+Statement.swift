/// Messages of the income statement's parts: financial items, the operating result, budgets
/// given as a total, and subtotals of subtotals. Figures are named as Swedish documents print them.
extension Catalog {
    static let statementEnglish: [String: String] = [
        "statement.category.financial": "financial",
        "statement.row.unitemised": "Rest of the total budget, not itemised",
        "statement.flag.within_total": "within the total budget",
        "statement.figure.operating_costs": "\"operating costs\"",
        "statement.figure.operating_result": "\"operating result\"",
        "statement.figure.financial_income": "\"financial income\"",
        "statement.figure.financial_costs": "\"financial costs\"",
        "statement.figure.financial_net": "\"financial items\"",
        "statement.costs_over_total":
            "the cost lines add up to {0}, more than the year's total costs {1} (budgetTotals.costs)",
        "statement.subtotal_unknown": "the subtotal \"{0}\" counts \"{1}\", which is no subtotal of this year",
        "statement.subtotal_cycle": "the subtotal \"{0}\" counts itself through {1}",
    ]

    static let statementSwedish: [String: String] = [
        "statement.category.financial": "finansiell",
        "statement.row.unitemised": "Resten av totalbudgeten, ej specificerad",
        "statement.flag.within_total": "inom totalbudgeten",
        "statement.figure.operating_costs": "”Rörelsens kostnader”",
        "statement.figure.operating_result": "”Rörelseresultat”",
        "statement.figure.financial_income": "”Finansiella intäkter”",
        "statement.figure.financial_costs": "”Finansiella kostnader”",
        "statement.figure.financial_net": "”Finansiella poster”",
        "statement.costs_over_total":
            "kostnadsraderna summerar till {0}, mer än årets totala kostnader {1} (budgetTotals.costs)",
        "statement.subtotal_unknown": "delsumman ”{0}” räknar med ”{1}”, som inte är en delsumma detta år",
        "statement.subtotal_cycle": "delsumman ”{0}” räknar med sig själv via {1}",
    ]
}
