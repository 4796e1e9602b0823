/// `finsam diff --textconv PLAN`: every figure of a plan, one a line, in an order that does
/// not depend on the file's (years, then initiatives, then findings sorted by rule, year and
/// message), for git's `textconv`: `git diff` then shows the figures that changed.
public enum FigureListing {
    public static func render(_ reviewed: CheckedPlan, options: DiffOptions) -> String {
        let catalog = Catalog(language: options.language, unit: options.unit ?? .kr)
        let figures = PlanFigures(reviewed)
        var out = "# finsam " + reviewed.plan.federation.name + "\n"
        for group in figures.years + figures.initiatives {
            out += "\n" + catalog.render(group.title) + "\n"
            for row in group.rows { out += "  " + catalog.render(row.label) + ": " + value(row.value, catalog) + "\n" }
        }
        let words = DiffWords(options, unit: reviewed.plan.unit)
        let lines = reviewed.findings.map { words.finding($0) }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        if !lines.isEmpty {
            out += "\n" + catalog.render(Message("figure.findings")) + "\n"
            for line in lines { out += "  " + line + "\n" }
        }
        return out
    }

    private static func value(_ value: FigureValue, _ catalog: Catalog) -> String {
        switch value {
        case .money(let money): return catalog.render(.money(money))
        case .percent(let percent): return percent.formatted(catalog.language, decimals: 2)
        case .text(let text): return text
        }
    }
}
