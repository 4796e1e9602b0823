/// Puts a year's `followUp` into the text of a plan file, and leaves every other byte as it
/// was: the plan is the federation's document under version control, so an import changes only
/// what it imports, and a diff shows exactly that. No writer of finsam keeps a plan's own
/// layout, so the follow-up is set in by the reader's value positions: an existing `followUp`
/// of that year is replaced, else one is added after the year's last field.
public enum FollowUpSplice {
    /// `original` (the file's bytes, with any BOM) with the follow-up of `year` set; nil when the
    /// document has no such year.
    public static func splice(_ original: [UInt8], document: JSONDocument, year: Int, followUp: JSONOutput) -> [UInt8]?
    {
        let bytes = document.bytes
        let bom = original.count - bytes.count
        guard bom >= 0, let years = document.root.member("years"),
            let element = years.elements.first(where: { $0.member("year")?.numberText == String(year) }),
            let last = element.members.last
        else { return nil }
        var out = Array(original[0..<bom])
        if let existing = element.members.first(where: { $0.keyEquals("followUp") }) {
            let start = existing.value.offset
            let end = valueEnd(bytes, from: start)
            out += bytes[0..<start]
            out += Array(indented(followUp, indent: indentation(bytes, at: existing.keyOffset)).utf8)
            out += bytes[end...]
        } else {
            let end = valueEnd(bytes, from: last.value.offset)
            let indent = indentation(bytes, at: last.keyOffset)
            out += bytes[0..<end]
            out += Array((",\n" + indent + "\"followUp\": " + indented(followUp, indent: indent)).utf8)
            out += bytes[end...]
        }
        return out
    }

    /// The rendered value with every line after the first indented like its key.
    static func indented(_ value: JSONOutput, indent: String) -> String {
        var text = value.rendered()
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 ? String($0.element) : indent + $0.element }.joined(separator: "\n")
    }

    /// The blanks between the start of the line and `offset`, when only blanks stand there.
    static func indentation(_ bytes: [UInt8], at offset: Int) -> String {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        let prefix = bytes[start..<offset]
        guard prefix.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return "" }
        return String(decoding: prefix, as: UTF8.self)
    }

    /// The offset just past the JSON value that starts at `start` (the document is valid JSON:
    /// it was parsed), found by counting brackets outside strings.
    static func valueEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var depth = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return index }
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth <= 0 { return depth == 0 ? index : index - 1 }
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","):
                if depth == 0 { return index - 1 }
            default: continue
            }
        }
        return min(index, bytes.count)
    }
}
