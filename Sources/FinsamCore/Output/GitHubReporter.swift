/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request,
/// `::error file=plan.json,line=25,col=21,title=finsam funding_split::message`.
public struct GitHubReporter: Reporter {
    public let name = "github"

    public init() {}

    public func write(_ results: [FileResult], options: ReportOptions, to out: ReportOutput) {
        for result in results {
            if case .success(let findings) = result.outcome {
                let catalog = Catalog(language: options.language, unit: result.unit)
                options.batches.write(findings.count, parallelism: options.parallelism, to: out) { range, out in
                    var messages = MessageRenderer(catalog)
                    var writer = CommandWriter()
                    for index in range { writer.write(findings[index], &messages, out) }
                }
            } else {
                result.forEachEntry(options.language) { Self.command($0, out) }
            }
        }
        let summary = Summary(results)
        out.write(
            "finsam: files \(summary.files), errors \(summary.errors), warnings \(summary.warnings), "
                + "notes \(summary.infos), waived \(summary.waived), invalid \(summary.invalid)\n")
    }

    /// One annotation. A waived finding is a notice, so it shows without failing anything.
    /// The plain way, which ``CommandWriter`` must match byte for byte (a test compares them).
    static func command(_ entry: ReportEntry, _ out: ReportOutput) {
        let level: String
        var title = "finsam " + entry.ruleID
        var message = entry.message
        if let note = entry.waiverNote {
            level = "notice"
            title += " (waived)"
            message += "\n" + note
        } else {
            level = Self.level(entry.severity)
        }
        out.write("::" + level + " file=")
        Self.writeEscaped(entry.location.file, property: true, to: out)
        out.write(",line=")
        out.write(entry.location.line)
        out.write(",col=")
        out.write(entry.location.column)
        out.write(",title=")
        Self.writeEscaped(title, property: true, to: out)
        out.write("::")
        Self.writeEscaped(message + " [" + entry.pointerText + "]", property: false, to: out)
        out.write("\n")
    }

    /// `text` escaped as ``escapeData(_:)`` or ``escapeProperty(_:)`` would, copied as it is
    /// when it holds nothing to escape.
    static func writeEscaped(_ text: String, property: Bool, to out: ReportOutput) {
        let plain = text.everyByte { byte in
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): return false
            case UInt8(ascii: ":"), UInt8(ascii: ","): return !property
            default: return true
            }
        }
        out.write(plain ? text : property ? escapeProperty(text) : escapeData(text))
    }

    /// The message part: `%`, CR and LF are encoded so the command stays on one line.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: as the message, and also `:` and `,`, which end a property.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(":", "%3A").replacingOccurrences(",", "%2C")
    }
}
