/// What `finsam rules ID` shows about a rule, in English or Swedish.
public enum RuleExplanation {
    /// "2014–" / "från 2014", or "every year" / "alla år".
    public static func years(_ rule: any RuleDescription, _ language: Language) -> String {
        let sv = language == .sv
        switch (rule.appliesFrom, rule.appliesUntil) {
        case (nil, nil): return sv ? "alla år" : "every year"
        case (let from?, nil): return (sv ? "från " : "from ") + String(from)
        case (nil, let until?): return (sv ? "till och med " : "up to ") + String(until)
        case (let from?, let until?): return String(from) + "–" + String(until)
        }
    }

    /// The messages an example produces for its rule, rendered as a user would see them, so
    /// that examples read in the user's language even though their titles are English.
    public static func messages(
        _ rule: any RuleDescription, _ example: RuleExample, _ language: Language, today: PlanDate
    ) -> [String] {
        let result = FileResult(
            Pipeline.check(Array(example.plan.utf8), file: "example.json", options: CheckOptions(today: today)),
            file: "example.json")
        let catalog = Catalog(language: language, unit: result.unit)
        if case .failure(let error) = result.outcome { return [catalog.render(error.message)] }
        return result.findings.filter { $0.ruleID == rule.id }.map { catalog.render($0.message) }
    }

    /// The whole explanation of one rule.
    public static func text(_ rule: any RuleDescription, _ language: Language, today: PlanDate) -> String {
        let sv = language == .sv
        var text = rule.id + ": " + rule.name.text(language) + "\n\n" + rule.summary.text(language) + "\n\n"
        text += (sv ? "Allvarlighetsgrad: " : "Severity: ") + rule.defaultSeverity.word(language) + "\n"
        text += (sv ? "Källa: " : "Source: ") + rule.source + "\n"
        text += (sv ? "Gäller planår: " : "Applies to plan years: ") + years(rule, language) + "\n\n"
        text += sv ? "Exempel:\n" : "Examples:\n"
        for example in rule.examples {
            let verdict = example.triggers ? (sv ? "ger fynd" : "finds") : (sv ? "godkänns" : "passes")
            text += "  - " + example.title.text(language) + " (" + verdict + ")\n"
            for message in messages(rule, example, language, today: today) {
                text += "      " + message + "\n"
            }
        }
        return text
    }
}
