/// Messages of the income statement's parts: financial items, the operating result, budgets
/// given as a total, and subtotals of subtotals. Figures are named as Swedish documents print them.
extension Catalog {
    static let statementEnglish: [String: String] = [
        "statement.category.financial": "financial",
        "statement.row.unitemised": "Rest of the total budget, not itemised",
        "statement.flag.within_total": "within the total budget",
        "statement.row.unitemised_costs": "Costs, not itemised",
        "statement.row.operating_result": "Operating result",
        "statement.row.financial_items": "Financial items",
        "statement.row.financial_income": "Financial income",
        "statement.row.financial_costs": "Financial costs",
        "statement.figure.operating_costs": "\"operating costs\"",
        "statement.figure.operating_result": "\"operating result\"",
        "statement.figure.financial_income": "\"financial income\"",
        "statement.figure.financial_costs": "\"financial costs\"",
        "statement.figure.financial_net": "\"financial items\"",
        "statement.costs_over_total":
            "the cost lines add up to {0}, more than the year's total costs {1} (budgetTotals.costs)",
        "statement.import.financial_income": "financial income",
        "statement.import.financial_net": "financial items, net; {1}",
        "statement.import.financial_income_total": "total financial income; {1}",
        "statement.import.financial_costs_total": "total financial costs; {1}",
        "statement.note.projection_result":
            "The result also counts financial items and costs given only as a total, which the cost columns do not show.",
        "statement.admin_over_at_least":
            "{0}: administration is at least {1} of total costs, above the policy's maximum {2} ({3} of {4}, of which {5} not itemised)",
        "statement.sie_unitemised":
            "{0}: {1} of the year's costs are given only as a total (budgetTotals), with no line to put on an account; an SIE budget needs them line by line",
        "statement.subtotal_unknown": "the subtotal \"{0}\" counts \"{1}\", which is no subtotal of this year",
        "statement.subtotal_cycle": "the subtotal \"{0}\" counts itself through {1}",
    ]

    static let statementSwedish: [String: String] = [
        "statement.category.financial": "finansiell",
        "statement.row.unitemised": "Resten av totalbudgeten, ej specificerad",
        "statement.flag.within_total": "inom totalbudgeten",
        "statement.row.unitemised_costs": "Kostnader, ej specificerade",
        "statement.row.operating_result": "Rörelseresultat",
        "statement.row.financial_items": "Finansiella poster",
        "statement.row.financial_income": "Finansiella intäkter",
        "statement.row.financial_costs": "Finansiella kostnader",
        "statement.figure.operating_costs": "”Rörelsens kostnader”",
        "statement.figure.operating_result": "”Rörelseresultat”",
        "statement.figure.financial_income": "”Finansiella intäkter”",
        "statement.figure.financial_costs": "”Finansiella kostnader”",
        "statement.figure.financial_net": "”Finansiella poster”",
        "statement.costs_over_total":
            "kostnadsraderna summerar till {0}, mer än årets totala kostnader {1} (budgetTotals.costs)",
        "statement.import.financial_income": "finansiell intäkt",
        "statement.import.financial_net": "finansiella poster, netto; {1}",
        "statement.import.financial_income_total": "summa finansiella intäkter; {1}",
        "statement.import.financial_costs_total": "summa finansiella kostnader; {1}",
        "statement.note.projection_result":
            "Resultatet räknar också med finansiella poster och kostnader som bara anges som en total, vilka kostnadskolumnerna inte visar.",
        "statement.admin_over_at_least":
            "{0}: administrationen är minst {1} av de totala kostnaderna, över policyns högsta andel {2} ({3} av {4}, varav {5} ej specificerade)",
        "statement.sie_unitemised":
            "{0}: {1} av årets kostnader anges bara som en total (budgetTotals), utan rad att bokföra på ett konto; en SIE-budget behöver dem rad för rad",
        "statement.subtotal_unknown": "delsumman ”{0}” räknar med ”{1}”, som inte är en delsumma detta år",
        "statement.subtotal_cycle": "delsumman ”{0}” räknar med sig själv via {1}",
    ]
}
