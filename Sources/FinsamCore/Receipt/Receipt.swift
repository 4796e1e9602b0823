/// The record `finsam validate --receipt FILE` writes for the board minutes or a CI artifact:
/// what was checked (each input's SHA-256), by which finsam and rule set, on which day, what was
/// found, and which waivers were used. Deterministic: the same inputs on the same day give the
/// same bytes.
public struct Receipt {
    /// One input as read: its name and, if it could be read, its digest and size.
    public struct Input: Sendable {
        public let name: String
        public let sha256: String?
        public let bytes: Int?

        public init(name: String, content: [UInt8]?) {
            self.name = name
            self.sha256 = content.map(SHA256.hex)
            self.bytes = content?.count
        }
    }

    public let inputs: [Input]
    public let results: [FileResult]
    public let today: PlanDate
    public let failOn: Severity
    public let exitCode: Int32

    public init(inputs: [Input], results: [FileResult], today: PlanDate, failOn: Severity, exitCode: Int32) {
        self.inputs = inputs
        self.results = results
        self.today = today
        self.failOn = failOn
        self.exitCode = exitCode
    }

    /// The receipt as JSON text.
    public func rendered() -> String {
        let summary = Summary(results)
        return JSONOutput.object([
            ("receiptVersion", .integer(1)),
            ("tool", .object([("name", .string("finsam")), ("version", .string(FinsamVersion.current))])),
            ("checkedOn", .string(today.description)),
            ("failOn", .string(failOn.rawValue)),
            ("ruleSet", .array(RuleRegistry.documented.map(Self.rule))),
            ("inputs", .array(zip(inputs, results).map(Self.input))),
            ("findings", .array(results.flatMap(Self.findings))),
            ("waiversUsed", .array(results.flatMap(Self.waiversUsed))),
            (
                "summary",
                .object([
                    ("files", .integer(summary.files)), ("invalid", .integer(summary.invalid)),
                    ("errors", .integer(summary.errors)), ("warnings", .integer(summary.warnings)),
                    ("info", .integer(summary.infos)), ("waived", .integer(summary.waived)),
                ])
            ),
            ("exitCode", .integer(Int(exitCode))),
        ]).rendered()
    }

    private static func rule(_ rule: any RuleDescription) -> JSONOutput {
        .object([
            ("id", .string(rule.id)), ("severity", .string(rule.defaultSeverity.rawValue)),
            ("source", .string(rule.source)),
            ("appliesFrom", rule.appliesFrom.map(JSONOutput.integer) ?? .null),
            ("appliesUntil", rule.appliesUntil.map(JSONOutput.integer) ?? .null),
        ])
    }

    private static func input(_ input: Input, _ result: FileResult) -> JSONOutput {
        var status = "checked"
        if case .failure = result.outcome { status = input.sha256 == nil ? "unreadable" : "invalid" }
        return .object([
            ("path", .string(input.name)),
            ("sha256", input.sha256.map(JSONOutput.string) ?? .null),
            ("bytes", input.bytes.map(JSONOutput.integer) ?? .null),
            ("status", .string(status)),
        ])
    }

    private static func findings(_ result: FileResult) -> [JSONOutput] {
        let located: [(String, Severity, Finding.Location, Int?, String, Bool)]
        switch result.outcome {
        case .failure(let error):
            located = [(ReportEntry.inputRuleID, .error, error.location, nil, error.message.id, false)]
        case .success(let findings):
            located = findings.map { ($0.ruleID, $0.severity, $0.location, $0.year, $0.message.id, $0.waiver != nil) }
        }
        return located.map { rule, severity, location, year, messageID, waived in
            .object([
                ("file", .string(location.file)), ("rule", .string(rule)), ("severity", .string(severity.rawValue)),
                ("line", .integer(location.line)), ("column", .integer(location.column)),
                ("pointer", .string(location.pointer.description)), ("year", year.map(JSONOutput.integer) ?? .null),
                ("messageId", .string(messageID)), ("waived", .bool(waived)),
            ])
        }
    }

    /// Each waiver that accepted at least one finding, once, with how many it accepted.
    private static func waiversUsed(_ result: FileResult) -> [JSONOutput] {
        var order: [Waiver] = []
        var counts: [Int: Int] = [:]
        for finding in result.findings {
            guard let waiver = finding.waiver else { continue }
            if counts[waiver.index] == nil { order.append(waiver) }
            counts[waiver.index, default: 0] += 1
        }
        return order.map { waiver -> JSONOutput in
            let expires: JSONOutput = waiver.expires.map { .string($0.description) } ?? .null
            return .object([
                ("file", .string(result.file)), ("pointer", .string(waiver.pointerInPlan)),
                ("rule", .string(waiver.ruleID)), ("year", waiver.year.map(JSONOutput.integer) ?? .null),
                ("appliesTo", waiver.pointer.map(JSONOutput.string) ?? .null),
                ("reason", .string(waiver.reason ?? "")), ("decision", .string(waiver.decision ?? "")),
                ("expires", expires), ("findings", .integer(counts[waiver.index] ?? 0)),
            ])
        }
    }
}
