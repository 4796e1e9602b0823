/// `textDocument/publishDiagnostics` from what the check gave: one diagnostic per finding (and
/// one for an input error), in the order `finsam validate` lists them, with the same messages.
struct Diagnostics {
    let language: Language

    /// The params of a publishDiagnostics notification for `uri`.
    func params(uri: String, version: Int?, checked: CheckedText?) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("uri", .string(uri))]
        if let version { members.append(("version", .integer(version))) }
        members.append(("diagnostics", .array(checked.map { diagnostics($0, uri: uri) } ?? [])))
        return .object(members)
    }

    func diagnostics(_ checked: CheckedText, uri: String) -> [JSONOutput] {
        let places = FindingPlaces(checked.bytes)
        let lines = LineTable(checked.bytes)
        let catalog = Catalog(language: language, unit: checked.result.unit)
        switch checked.result.outcome {
        case .failure(let error):
            let range = Self.range(of: error.location, places, lines)
            return [diagnostic(range: range, severity: .error, code: "input", message: catalog.render(error.message))]
        case .success(let findings):
            return findings.map { finding in
                let range = Self.range(of: finding.location, places, lines)
                var text = catalog.render(finding.message)
                if let waiver = finding.waiver { text += " (" + catalog.render(waiver.note) + ")" }
                let related = finding.figures.map { figure in
                    JSONOutput.object([
                        ("location", .object([("uri", .string(uri)), ("range", range.output)])),
                        ("message", .string(label(figure.name, catalog) + ": " + value(figure.value, catalog))),
                    ])
                }
                return diagnostic(
                    range: range, severity: finding.severity, code: finding.ruleID, message: text, related: related)
            }
        }
    }

    private func diagnostic(
        range: LSPRange, severity: Severity, code: String, message: String, related: [JSONOutput] = []
    ) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("range", range.output), ("severity", .integer(Self.number(severity))), ("code", .string(code)),
            ("source", .string("finsam")), ("message", .string(message)),
        ]
        if !related.isEmpty { members.append(("relatedInformation", .array(related))) }
        return .object(members)
    }

    /// LSP's DiagnosticSeverity.
    static func number(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }

    /// The span of the value a finding points at: a string, number or word whole, or the
    /// opening bracket of an object or array (a year's finding would otherwise cover the year).
    static func range(of location: Finding.Location, _ places: FindingPlaces, _ lines: LineTable) -> LSPRange {
        let start = places.offset(line: location.line, column: location.column)
        return LSPRange(
            start: lines.position(of: start), end: lines.position(of: TokenSpan.end(of: start, in: places.bytes)))
    }

    /// A figure's name in the reader's language, where the catalogue has one; else as named.
    private func label(_ name: String, _ catalog: Catalog) -> String {
        Message.figure(name).map(catalog.render) ?? name
    }

    private func value(_ value: Figure.Value, _ catalog: Catalog) -> String {
        switch value {
        case .money(let money): return catalog.render(.money(money))
        case .percent(let percent): return catalog.render(.percent(percent))
        case .integer(let integer): return String(integer)
        }
    }
}

/// Where the JSON token at an offset ends.
enum TokenSpan {
    static func end(of start: Int, in bytes: [UInt8]) -> Int {
        guard start < bytes.count else { return bytes.count }
        var index = start + 1
        switch bytes[start] {
        case UInt8(ascii: "\""):
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != 10 {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            return min(index + 1, bytes.count)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            while index < bytes.count, JSONText.isNumberByte(bytes[index]) { index += 1 }
            return index
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            while index < bytes.count, bytes[index] >= UInt8(ascii: "a"), bytes[index] <= UInt8(ascii: "z") {
                index += 1
            }
            return index
        default:
            return LineTable.byteWidth(leadByte: bytes[start]) + start > bytes.count
                ? bytes.count : start + LineTable.byteWidth(leadByte: bytes[start])
        }
    }
}
