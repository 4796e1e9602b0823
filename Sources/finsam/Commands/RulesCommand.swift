import FinsamCore

/// `finsam rules [ID]`: lists the rules, or explains one, with its source, years and examples.
struct RulesCommand: Command {
    static let name = "rules"
    static let summary = "List the rules, or explain one."
    static let synopsis = "[RULE_ID]"
    static let year = CommonOptions.year("--year", "List only the rules that apply to plan year YEAR.")
    static var options: [OptionSpec] { [CommonOptions.language.spec, year.spec] }

    let ruleID: String?
    let year: Int?
    let language: Language
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard arguments.positionals.count <= 1 else { throw UsageError(message: "rules takes at most one rule id") }
        ruleID = arguments.positionals.first
        if let ruleID, RuleRegistry.documentedRule(ruleID) == nil {
            var message = "unknown rule '\(ruleID)'"
            if let near = Suggestion.nearest(to: ruleID, in: RuleRegistry.documented.map(\.id)) {
                message += "; did you mean '\(near)'?"
            }
            throw UsageError(message: message)
        }
        year = try arguments(Self.year)
        language = Self.language(arguments, console)
        self.console = console
    }

    func run() -> ExitCode {
        guard let ruleID, let rule = RuleRegistry.documentedRule(ruleID) else {
            let rules = RuleRegistry.documented.filter { rule in year.map { rule.applies(in: $0) } ?? true }
            let width = rules.map(\.id.count).max() ?? 0
            for rule in rules {
                let pad = String(repeating: " ", count: width - rule.id.count)
                let years = rule.yearsText ?? (language == .sv ? "alla år" : "all years")
                console.out(
                    rule.id + pad + "  " + rule.defaultSeverity.rawValue.padding(7) + "  " + years.padding(9) + "  "
                        + rule.name.text(language) + "\n")
            }
            return .success
        }
        switch Today.date(console) {
        case .success(let today):
            console.out(RuleExplanation.text(rule, language, today: today))
            return .success
        case .failure(let error):
            console.err("finsam: error: " + error.message + "\n")
            return .usage
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
