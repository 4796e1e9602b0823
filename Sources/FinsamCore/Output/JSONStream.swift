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
    private(set) var depth = 0
    private var members = 0
    private var inArray = false
    private var outer: [(members: Int, isArray: Bool)] = []

    init(_ out: ReportOutput) { self.out = out }

    /// A stream that writes the value of a member of an object at `depth`, whose key is
    /// written: for a value within an object a reporter writes itself (``JSONLayout``).
    init(_ out: ReportOutput, memberAt depth: Int) {
        self.out = out
        (self.depth, members, inArray) = (depth, 1, false)
    }

    /// Starts the next element of the innermost array, which its caller writes whole, and
    /// returns the depth of that element's members (an object's laid out by ``JSONLayout``).
    mutating func element() -> Int {
        beforeValue()
        return depth + 1
    }

    /// Starts the next element as ``element()`` does, and writes the comma, line break and
    /// indent before it as `separator` (made once by the caller: ``JSONLayout/element(at:first:)``),
    /// when it is not the array's first.
    mutating func element(separator: FixedRun) {
        guard depth > 0, inArray, members > 0 else { return beforeValue() }
        members += 1
        separator.write(to: out)
    }

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

/// The fixed text of JSON objects as ``JSONStream`` lays them out, for a reporter that writes
/// an object of known members itself: its text between values made once (a run), not member
/// by member for each of many findings.
enum JSONLayout {
    /// The indent of a member at `depth`.
    static func pad(_ depth: Int) -> String { String(repeating: "  ", count: depth) }

    /// What comes before a member's value: the object's `{` (first member) or the comma after
    /// the last, the line break and indent, and the quoted key.
    static func member(_ key: String, at depth: Int, first: Bool = false) -> String {
        (first ? "{\n" : ",\n") + pad(depth) + JSONOutput.quoted(key) + ": "
    }

    /// The end of an object (that has members) whose members are at `depth`.
    static func close(at depth: Int) -> String { "\n" + pad(depth - 1) + "}" }

    /// What comes before an array's element at `depth`: the `[` (first element) or a comma,
    /// the line break and indent.
    static func element(at depth: Int, first: Bool = false) -> String { (first ? "[\n" : ",\n") + pad(depth) }

    /// The end of an array (that has elements) whose elements are at `depth`.
    static func closeArray(at depth: Int) -> String { "\n" + pad(depth - 1) + "]" }
}
