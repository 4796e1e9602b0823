/// The results as one JSON document, for tools.
///
/// Money figures are numbers in kronor, written exactly (`1045998`, `1844.5`); percentages are
/// numbers in percent (`9.6`).
public struct JSONReporter: Reporter {
    public let name = "json"

    public init() {}

    public func write(_ results: [FileResult], options: ReportOptions, to out: ReportOutput) {
        var json = JSONStream(out)
        json.openObject()
        json.key("tool")
        json.value(.object([("name", .string("finsam")), ("version", .string(FinsamVersion.current))]))
        json.key("files")
        json.openArray()
        for result in results { file(result, options, &json) }
        json.close()
        let summary = Summary(results)
        json.key("summary")
        json.value(
            .object([
                ("files", .integer(summary.files)), ("invalid", .integer(summary.invalid)),
                ("errors", .integer(summary.errors)), ("warnings", .integer(summary.warnings)),
                ("info", .integer(summary.infos)), ("waived", .integer(summary.waived)),
            ]))
        json.close()
    }

    private func file(_ result: FileResult, _ options: ReportOptions, _ json: inout JSONStream) {
        var messages = MessageRenderer(Catalog(language: options.language, unit: result.unit))
        json.openObject()
        json.key("path")
        json.string(result.file)
        switch result.outcome {
        case .failure(let error):
            json.key("status")
            json.string("invalid")
            json.key("error")
            json.openObject()
            Self.location(error.location, &json)
            json.key("messageId")
            json.string(error.message.id)
            json.key("message")
            json.string(messages.render(error.message))
            json.close()
            json.key("findings")
            json.openArray()
            json.close()
        case .success(let findings):
            json.key("status")
            json.string("checked")
            json.key("findings")
            json.openArray()
            var writer = FindingWriter(depth: json.depth + 1)
            for index in findings.indices { writer.write(findings[index], &messages, &json) }
            json.close()
        }
        json.close()
    }

    private static func location(_ location: Finding.Location, _ json: inout JSONStream) {
        json.key("line")
        json.integer(location.line)
        json.key("column")
        json.integer(location.column)
        json.key("pointer")
        json.string(location.pointer.description)
    }

    /// A finding's object written member by member: the plain way, which ``FindingWriter``
    /// must match byte for byte (a test compares them).
    static func finding(_ finding: Finding, _ messages: inout MessageRenderer, _ json: inout JSONStream) {
        json.openObject()
        json.key("rule")
        json.string(finding.ruleID)
        json.key("severity")
        json.string(finding.severity.rawValue)
        location(finding.location, &json)
        json.key("year")
        if let year = finding.year { json.integer(year) } else { json.null() }
        json.key("messageId")
        json.string(finding.message.id)
        json.key("message")
        json.string(messages.render(finding.message))
        json.key("figures")
        json.openObject()
        for figure in finding.figures {
            json.key(figure.name)
            json.value(Self.value(figure.value))
        }
        json.close()
        json.key("waiver")
        if let waiver = finding.waiver { json.value(Self.waiver(waiver, messages.catalog)) } else { json.null() }
        json.close()
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
