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

    public func write(_ results: [FileResult], options: ReportOptions, to out: ReportOutput) {
        let descriptors = rules.map { SARIFRule(rule: $0) } + [SARIFRule.input]
        let index = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var json = JSONStream(out)
        json.openObject()
        json.key("$schema")
        json.string("https://json.schemastore.org/sarif-2.1.0.json")
        json.key("version")
        json.string("2.1.0")
        json.key("runs")
        json.openArray()
        json.openObject()
        json.key("tool")
        json.value(
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
            ]))
        json.key("columnKind")
        json.string("unicodeCodePoints")
        json.key("results")
        json.openArray()
        for file in results {
            let uri = Self.uri(file.file)
            guard case .success(let findings) = file.outcome else {
                file.forEachEntry(options.language) { Self.result($0, uri: uri, ruleIndex: index[$0.ruleID], &json) }
                continue
            }
            var messages = MessageRenderer(Catalog(language: options.language, unit: file.unit))
            var writer = ResultWriter(depth: json.depth + 1, uri: uri, ruleIndex: index)
            for index in findings.indices { writer.write(findings[index], &messages, &json) }
        }
        json.close()
        json.close()
        json.close()
        json.close()
    }

    /// A result written member by member: the plain way, which ``ResultWriter`` must match byte
    /// for byte (a test compares them); used for waived findings and files not checked.
    static func result(_ entry: ReportEntry, uri: String, ruleIndex: Int?, _ json: inout JSONStream) {
        json.openObject()
        json.key("ruleId")
        json.string(entry.ruleID)
        if let ruleIndex {
            json.key("ruleIndex")
            json.integer(ruleIndex)
        }
        json.key("level")
        json.string(Self.level(entry.severity))
        json.key("message")
        json.openObject()
        json.key("text")
        json.string(entry.message)
        json.close()
        json.key("locations")
        location(entry, uri: uri, &json)
        if let waiver = entry.waiver {
            json.key("suppressions")
            json.value(
                .array([
                    .object([
                        ("kind", .string("inSource")), ("status", .string("accepted")),
                        ("justification", .string(entry.waiverNote ?? (waiver.reason ?? ""))),
                    ])
                ]))
        }
        json.key("properties")
        json.openObject()
        json.key("jsonPointer")
        json.string(entry.location.pointer.description)
        if let year = entry.year {
            json.key("year")
            json.integer(year)
        }
        json.close()
        json.close()
    }

    /// The one location of a result: file, line and column, and the JSON Pointer.
    private static func location(_ entry: ReportEntry, uri: String, _ json: inout JSONStream) {
        json.openArray()
        json.openObject()
        json.key("physicalLocation")
        json.openObject()
        json.key("artifactLocation")
        json.openObject()
        json.key("uri")
        json.string(uri)
        json.close()
        json.key("region")
        json.openObject()
        json.key("startLine")
        json.integer(entry.location.line)
        json.key("startColumn")
        json.integer(entry.location.column)
        json.close()
        json.close()
        json.key("logicalLocations")
        json.openArray()
        json.openObject()
        json.key("fullyQualifiedName")
        json.string(entry.pointerText)
        json.close()
        json.close()
        json.close()
        json.close()
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
