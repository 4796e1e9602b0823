/// Escaping for the XML reporters (JUnit, checkstyle).
enum XMLText {
    /// `text` safe inside a double-quoted attribute or element content: markup characters as
    /// entities, line breaks and tabs as character references (so attributes keep them), and
    /// characters XML 1.0 forbids replaced by U+FFFD, so the document always parses.
    /// In element content (`inAttribute` false) line breaks and tabs stay as they are.
    static func escaped(_ text: String, inAttribute: Bool = true) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where !inAttribute && (scalar == "\n" || scalar == "\r" || scalar == "\t"):
                out.unicodeScalars.append(scalar)
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An attribute `name="value"`, escaped.
    static func attribute(_ name: String, _ value: String) -> String {
        name + "=\"" + escaped(value) + "\""
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// `text` escaped, written to `out`; text with nothing to escape (nearly all) is copied as
    /// it is. The bytes that may need escaping: ASCII controls, markup characters, and 0xEF,
    /// the lead byte of U+FFFE and U+FFFF.
    static func write(_ text: String, inAttribute: Bool = true, to out: ReportOutput) {
        let plain = text.everyByte { byte in
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): return !inAttribute
            case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
                UInt8(ascii: "'"), 0xEF:
                return false
            default: return true
            }
        }
        out.write(plain ? text : escaped(text, inAttribute: inAttribute))
    }

    /// ` name="value"`, escaped, with the space before it.
    static func writeAttribute(_ name: String, _ value: String, to out: ReportOutput) {
        out.write(" ")
        out.write(name)
        out.write("=\"")
        write(value, to: out)
        out.write("\"")
    }
}
