/// Writes JSON to a ``ReportOutput`` as it goes, laid out byte for byte as ``JSONOutput``
/// renders (two spaces an level, `{}` and `[]` when empty), so a document of many findings is
/// streamed where it used to be built as a tree of values and then rendered whole.
///
/// Open a container, give each member's ``key(_:)`` (in an object) or just its value (in an
/// array), close it. Parts that are small and fixed can still be built as a `JSONOutput` and
/// written with ``value(_:)``.
struct JSONStream {
    let out: ReportOutput
    /// The containers open, the innermost's members so far and whether it is an array (kept
    /// apart: every member reads them), and the same of the containers around it.
    private var depth = 0
    private var members = 0
    private var inArray = false
    private var outer: [(members: Int, isArray: Bool)] = []

    init(_ out: ReportOutput) { self.out = out }

    mutating func openObject() { open(isArray: false) }

    mutating func openArray() { open(isArray: true) }

    private mutating func open(isArray: Bool) {
        beforeValue()
        if depth > 0 { outer.append((members, inArray)) }
        (depth, members, inArray) = (depth + 1, 0, isArray)
    }

    /// Closes the innermost container; a document's last close ends the line.
    mutating func close() {
        guard depth > 0 else { return }
        if members == 0 {
            out.write(inArray ? "[]" : "{}")
        } else {
            out.write(byte: UInt8(ascii: "\n"))
            pad(depth - 1)
            out.write(byte: inArray ? UInt8(ascii: "]") : UInt8(ascii: "}"))
        }
        depth -= 1
        (members, inArray) = outer.popLast() ?? (0, false)
        if depth == 0 { out.write(byte: UInt8(ascii: "\n")) }
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
        if depth > 0 && inArray { separate() }
    }

    /// The opening bracket or the comma before a member, the line break and the indent.
    private mutating func separate() {
        guard depth > 0 else { return }
        if members == 0 {
            out.write(inArray ? "[\n" : "{\n")
        } else {
            out.write(",\n")
        }
        members += 1
        pad(depth)
    }

    private func pad(_ depth: Int) { out.write(spaces: 2 * depth) }

    /// `text` as a JSON string literal, as ``JSONOutput/quoted(_:)`` writes it; text with
    /// nothing to escape (nearly all) is checked and copied from its bytes in one go.
    static func quote(_ text: String, to out: ReportOutput) {
        var text = text
        let copied = text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            out.write(byte: UInt8(ascii: "\""))
            out.write(bytes: bytes)
            out.write(byte: UInt8(ascii: "\""))
            return true
        }
        if !copied { out.write(JSONOutput.quoted(text)) }
    }
}
