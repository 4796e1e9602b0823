/// `finsam diff --format json`: the difference for tools. Amounts are numbers in kronor,
/// written exactly (`1000`, `836799.6`); shares numbers in percent (their `delta` in percentage
/// points); the rest strings.
public struct DiffJSONReporter: DiffReporter {
    public let name = "json"

    public init() {}

    public func report(_ diff: PlanDiff, options: DiffOptions) -> String {
        let words = DiffWords(options, unit: diff.unit)
        return JSONOutput.object([
            ("tool", .object([("name", .string("finsam")), ("version", .string(FinsamVersion.current))])),
            ("old", .string(diff.oldFile)), ("new", .string(diff.newFile)),
            ("changed", .bool(!diff.isEmpty)),
            ("years", .array(diff.years.map { group($0, words, key: ("year", .number($0.key))) })),
            ("initiatives", .array(diff.initiatives.map { group($0, words, key: ("id", .string($0.key))) })),
            (
                "findings",
                .object([
                    ("introduced", .array(diff.introduced.map { finding($0, words) })),
                    ("resolved", .array(diff.resolved.map { finding($0, words) })),
                ])
            ),
        ]).rendered()
    }

    private func group(_ group: PlanDiff.GroupChange, _ words: DiffWords, key: (String, JSONOutput)) -> JSONOutput {
        .object([
            key, ("change", .string(group.presence.rawValue)),
            (
                "figures",
                .array(
                    group.changes.map { change in
                        .object([
                            ("key", .string(change.key)), ("label", .string(words.catalog.render(change.label))),
                            ("old", value(change.old)), ("new", value(change.new)),
                            (
                                "delta",
                                change.delta.map(JSONOutput.kronor) ?? change.pointsDelta.map {
                                    .number($0.decimalText)
                                } ?? .null
                            ),
                        ])
                    })
            ),
        ])
    }

    private func value(_ value: FigureValue?) -> JSONOutput {
        switch value {
        case .money(let money)?: return .kronor(money)
        case .percent(let percent)?: return .number(percent.decimalText)
        case .text(let text)?: return .string(text)
        case nil: return .null
        }
    }

    private func finding(_ finding: Finding, _ words: DiffWords) -> JSONOutput {
        .object([
            ("rule", .string(finding.ruleID)), ("severity", .string(finding.severity.rawValue)),
            ("year", finding.year.map(JSONOutput.integer) ?? .null),
            ("messageId", .string(finding.message.id)), ("message", .string(words.catalog.render(finding.message))),
            ("waived", .bool(finding.waiver != nil)),
        ])
    }
}
