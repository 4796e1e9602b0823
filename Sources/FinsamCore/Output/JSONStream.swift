/// Writes JSON to a ``ReportOutput`` as it goes, laid out byte for byte as ``JSONOutput``
/// renders (two spaces an level, `{}` and `[]` when empty), so a document of many findings is
/// streamed where it used to be built as a tree of values and then rendered whole.
///
/// Open a container, give each member's ``key(_:)`` (in an object) or just its value (in an
/// array), close it. Parts that are small and fixed can still be built as a `JSONOutput` and
/// written with ``value(_:)``.
struct JSONStream {
    let out: ReportOutput
    /// For each open container: its members so far, and whether it is an array.
    private var open: [(count: Int, isArray: Bool)] = []

    init(_ out: ReportOutput) { self.out = out }

    mutating func openObject() {
        beforeValue()
        open.append((0, false))
    }

    mutating func openArray() {
        beforeValue()
        open.append((0, true))
    }

    /// Closes the innermost container; a document's last close ends the line.
    mutating func close() {
        guard let (count, isArray) = open.popLast() else { return }
        if count == 0 {
            out.write(isArray ? "[]" : "{}")
        } else {
            out.write(byte: UInt8(ascii: "\n"))
            pad(open.count)
            out.write(byte: isArray ? UInt8(ascii: "]") : UInt8(ascii: "}"))
        }
        if open.isEmpty { out.write(byte: UInt8(ascii: "\n")) }
    }

    /// The next member of the innermost object: its key; write its value next.
    mutating func key(_ key: String) {
        separate()
        JSONStream.quote(key, to: out)
        out.write(": ")
    }

    mutating func string(_ text: String) {
        beforeValue()
        JSONStream.quote(text, to: out)
    }

    mutating func integer(_ value: Int) {
        beforeValue()
        out.write(value)
    }

    /// A number's exact text.
    mutating func number(_ text: String) {
        beforeValue()
        out.write(text)
    }

    mutating func null() {
        beforeValue()
        out.write("null")
    }

    /// A prebuilt value, laid out at this depth.
    mutating func value(_ json: JSONOutput) {
        switch json {
        case .object(let members):
            openObject()
            for (name, member) in members {
                key(name)
                value(member)
            }
            close()
        case .array(let elements):
            openArray()
            for element in elements { value(element) }
            close()
        case .string(let text): string(text)
        case .number(let text): number(text)
        case .bool(let flag): number(flag ? "true" : "false")
        case .null: null()
        }
    }

    /// In an array, a value starts a new element; in an object its key has placed it.
    private mutating func beforeValue() {
        if let last = open.last, last.isArray { separate() }
    }

    /// The opening bracket or the comma before a member, the line break and the indent.
    private mutating func separate() {
        guard let last = open.last else { return }
        if last.count == 0 {
            out.write(last.isArray ? "[\n" : "{\n")
        } else {
            out.write(",\n")
        }
        open[open.count - 1].count += 1
        pad(open.count)
    }

    private func pad(_ depth: Int) { out.write(spaces: 2 * depth) }

    /// `text` as a JSON string literal, as ``JSONOutput/quoted(_:)`` writes it; text with
    /// nothing to escape (nearly all) is copied as it is.
    static func quote(_ text: String, to out: ReportOutput) {
        let plain = text.everyByte { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        guard plain else { return out.write(JSONOutput.quoted(text)) }
        out.write(byte: UInt8(ascii: "\""))
        out.write(text)
        out.write(byte: UInt8(ascii: "\""))
    }
}
