/// SARIF 2.1.0, the format code-scanning services read (GitHub code scanning among them).
///
/// The rules and their help text are in `tool.driver.rules`; each result points at the file,
/// line and column, and carries the JSON Pointer as a logical location and a property. Columns
/// count Unicode code points, as finsam's do, and the run says so (`columnKind`). A waived finding
/// is a result with an accepted in-source suppression whose justification is the waiver.
public struct SARIFReporter: Reporter {
    public let name = "sarif"
    static let informationURI = "https://finsam.invalid/docs/rules.md"
    /// The rules described: given (tests), else every documented rule, looked up only when a
    /// report is made, so that listing the reporters costs nothing at start-up.
    private let givenRules: [any RuleDescription]?
    var rules: [any RuleDescription] { givenRules ?? RuleRegistry.documented }

    public init() { self.givenRules = nil }

    init(rules: [any RuleDescription]) { self.givenRules = rules }

    public func report(_ results: [FileResult], options: ReportOptions) -> String {
        let entries = results.flatMap { $0.entries(options.language) }
        let descriptors = rules.map { SARIFRule(rule: $0) } + [SARIFRule.input]
        let index = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let run: JSONOutput = .object([
            (
                "tool",
                .object([
                    (
                        "driver",
                        .object([
                            ("name", .string("finsam")),
                            ("version", .string(FinsamVersion.current)),
                            ("semanticVersion", .string(FinsamVersion.current)),
                            ("informationUri", .string(Self.informationURI)),
                            ("rules", .array(descriptors.map { $0.json(options.language) })),
                        ])
                    )
                ])
            ),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(entries.map { result($0, ruleIndex: index[$0.ruleID]) })),
        ])
        return JSONOutput.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered()
    }

    private func result(_ entry: ReportEntry, ruleIndex: Int?) -> JSONOutput {
        let pointer = entry.location.pointer.description
        var members: [(String, JSONOutput)] = [("ruleId", .string(entry.ruleID))]
        if let ruleIndex { members.append(("ruleIndex", .integer(ruleIndex))) }
        members.append(("level", .string(Self.level(entry.severity))))
        members.append(("message", .object([("text", .string(entry.message))])))
        members.append(
            (
                "locations",
                .array([
                    .object([
                        (
                            "physicalLocation",
                            .object([
                                ("artifactLocation", .object([("uri", .string(Self.uri(entry.location.file)))])),
                                (
                                    "region",
                                    .object([
                                        ("startLine", .integer(entry.location.line)),
                                        ("startColumn", .integer(entry.location.column)),
                                    ])
                                ),
                            ])
                        ),
                        (
                            "logicalLocations",
                            .array([.object([("fullyQualifiedName", .string(pointer.isEmpty ? "/" : pointer))])])
                        ),
                    ])
                ])
            ))
        if let waiver = entry.waiver {
            members.append(
                (
                    "suppressions",
                    .array([
                        .object([
                            ("kind", .string("inSource")), ("status", .string("accepted")),
                            ("justification", .string(entry.waiverNote ?? (waiver.reason ?? ""))),
                        ])
                    ])
                ))
        }
        var properties: [(String, JSONOutput)] = [("jsonPointer", .string(pointer))]
        if let year = entry.year { properties.append(("year", .integer(year))) }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A relative URI reference for a path: unreserved characters and `/` kept, every other
    /// byte percent-encoded (`<stdin>` → `%3Cstdin%3E`, spaces → `%20`).
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF")
                out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
            }
        }
        return out
    }
}
