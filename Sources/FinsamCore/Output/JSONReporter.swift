/// The results as one JSON document, for tools.
///
/// Money figures are numbers in kronor, written exactly (`1045998`, `1844.5`); percentages are
/// numbers in percent (`9.6`).
public struct JSONReporter: Reporter {
    public let name = "json"

    public init() {}

    public func report(_ results: [FileResult], options: ReportOptions) -> String {
        let summary = Summary(results)
        return JSONOutput.object([
            ("tool", .object([("name", .string("finsam")), ("version", .string(FinsamVersion.current))])),
            ("files", .array(results.map { file($0, options) })),
            (
                "summary",
                .object([
                    ("files", .integer(summary.files)), ("invalid", .integer(summary.invalid)),
                    ("errors", .integer(summary.errors)), ("warnings", .integer(summary.warnings)),
                    ("info", .integer(summary.infos)), ("waived", .integer(summary.waived)),
                ])
            ),
        ]).rendered()
    }

    private func file(_ result: FileResult, _ options: ReportOptions) -> JSONOutput {
        let catalog = Catalog(language: options.language, unit: result.unit)
        switch result.outcome {
        case .failure(let error):
            return .object([
                ("path", .string(result.file)), ("status", .string("invalid")),
                (
                    "error",
                    .object(
                        location(error.location) + [
                            ("messageId", .string(error.message.id)),
                            ("message", .string(catalog.render(error.message))),
                        ])
                ),
                ("findings", .array([])),
            ])
        case .success(let findings):
            return .object([
                ("path", .string(result.file)), ("status", .string("checked")),
                ("findings", .array(findings.map { finding($0, catalog) })),
            ])
        }
    }

    private func location(_ location: Finding.Location) -> [(String, JSONOutput)] {
        [
            ("line", .integer(location.line)), ("column", .integer(location.column)),
            ("pointer", .string(location.pointer.description)),
        ]
    }

    private func finding(_ finding: Finding, _ catalog: Catalog) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("rule", .string(finding.ruleID)), ("severity", .string(finding.severity.rawValue)),
        ]
        members += location(finding.location)
        members.append(("year", finding.year.map(JSONOutput.integer) ?? .null))
        members.append(("messageId", .string(finding.message.id)))
        members.append(("message", .string(catalog.render(finding.message))))
        members.append(("figures", .object(finding.figures.map { ($0.name, Self.value($0.value)) })))
        members.append(("waiver", finding.waiver.map { Self.waiver($0, catalog) } ?? .null))
        return .object(members)
    }

    static func value(_ value: Figure.Value) -> JSONOutput {
        switch value {
        case .money(let money): return .kronor(money)
        case .percent(let percent): return .number(percent.decimalText)
        case .integer(let integer): return .integer(integer)
        }
    }

    /// The waiver that accepts a finding, as the plan states it.
    static func waiver(_ waiver: Waiver, _ catalog: Catalog) -> JSONOutput {
        .object([
            ("reason", waiver.reason.map(JSONOutput.string) ?? .null),
            ("decision", waiver.decision.map(JSONOutput.string) ?? .null),
            ("expires", waiver.expires.map { .string($0.description) } ?? .null),
            ("note", .string(catalog.render(waiver.note))),
        ])
    }
}
