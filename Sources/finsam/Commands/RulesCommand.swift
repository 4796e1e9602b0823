import FinsamCore

/// `finsam rules [ID]`: lists the rules, or explains one.
struct RulesCommand: Command {
    static let name = "rules"
    static let summary = "List the rules, or explain one."
    static let usage = "finsam rules [options] [RULE_ID]"
    static var options: [OptionSpec] { [languageOption] }

    let ruleID: String?
    let language: Language
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard arguments.positionals.count <= 1 else { throw UsageError(message: "rules takes at most one rule id") }
        ruleID = arguments.positionals.first
        if let ruleID, RuleRegistry.rule(ruleID) == nil {
            var message = "unknown rule '\(ruleID)'"
            if let near = Suggestion.nearest(to: ruleID, in: RuleRegistry.all.map(\.id)) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        language = Self.language(arguments, console)
        self.console = console
    }

    func run() -> ExitCode {
        guard let ruleID, let rule = RuleRegistry.rule(ruleID) else {
            let width = RuleRegistry.all.map(\.id.count).max() ?? 0
            for rule in RuleRegistry.all {
                let pad = String(repeating: " ", count: width - rule.id.count)
                console.out(rule.id + pad + "  " + rule.defaultSeverity.rawValue.padding(7) + "  " + rule.name.text(language) + "\n")
            }
            return .success
        }
        var text = rule.id + ": " + rule.name.text(language) + "\n\n" + rule.summary.text(language) + "\n\n"
        text += (language == .sv ? "Allvarlighetsgrad: " : "Severity: ") + rule.defaultSeverity.rawValue + "\n"
        text += (language == .sv ? "Källa: " : "Source: ") + rule.source + "\n\n"
        text += language == .sv ? "Exempel:\n" : "Examples:\n"
        for example in rule.examples {
            let verdict = example.triggers ? (language == .sv ? "ger fynd" : "finds") : (language == .sv ? "godkänns" : "passes")
            text += "  - " + example.description + " (" + verdict + ")\n"
        }
        console.out(text)
        return .success
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
