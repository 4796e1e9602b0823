/// A rule as SARIF describes it in `tool.driver.rules`: id, name, texts and default level.
struct SARIFRule {
    let id: String
    let name: Localized
    let summary: Localized
    let severity: Severity
    let source: String
    let appliesFrom: Int?
    let appliesUntil: Int?

    init(rule: any RuleDescription) {
        id = rule.id
        name = rule.name
        summary = rule.summary
        severity = rule.defaultSeverity
        source = rule.source
        appliesFrom = rule.appliesFrom
        appliesUntil = rule.appliesUntil
    }

    private init(id: String, name: Localized, summary: Localized, severity: Severity, source: String) {
        self.id = id
        self.name = name
        self.summary = summary
        self.severity = severity
        self.source = source
        appliesFrom = nil
        appliesUntil = nil
    }

    /// The pseudo-rule a file that could not be read or decoded is reported under.
    static let input = SARIFRule(
        id: ReportEntry.inputRuleID,
        name: Localized(en: "Unreadable or invalid plan file", sv: "Oläslig eller ogiltig planfil"),
        summary: Localized(
            en:
                "The file could not be read, is not JSON, or is not a plan of the supported format; nothing else was checked in it.",
            sv:
                "Filen kunde inte läsas, är inte JSON eller är ingen plan i det format som stöds; inget annat kontrollerades i den."
        ),
        severity: .error,
        source: "finsam plan format (docs/plan-format.md)")

    /// `equity_cap` → `EquityCap`: SARIF's `name` is an identifier-like name.
    var pascalName: String {
        id.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    func json(_ language: Language) -> JSONOutput {
        let sourceLabel = language == .sv ? "Källa: " : "Source: "
        let help = summary.text(language) + "\n\n" + sourceLabel + source
        return .object([
            ("id", .string(id)),
            ("name", .string(pascalName)),
            ("shortDescription", .object([("text", .string(name.text(language)))])),
            ("fullDescription", .object([("text", .string(summary.text(language)))])),
            ("help", .object([("text", .string(help))])),
            ("helpUri", .string(SARIFReporter.informationURI + "#" + id)),
            ("defaultConfiguration", .object([("level", .string(SARIFReporter.level(severity)))])),
            (
                "properties",
                .object([
                    ("source", .string(source)),
                    ("appliesFrom", appliesFrom.map(JSONOutput.integer) ?? .null),
                    ("appliesUntil", appliesUntil.map(JSONOutput.integer) ?? .null),
                ])
            ),
        ])
    }
}
