/// A small XML reader, enough for the parts of an XLSX package: elements, attributes, text,
/// CDATA, comments and processing instructions; the five predefined entities and numeric
/// character references. Names are given without their namespace prefix (`x:c` is `c`).
///
/// Hostile input is an error with the byte offset, never a trap or a hang: elements nested
/// deeper than `maxDepth`, a DOCTYPE (refused outright, so no entity can expand), an unknown
/// entity, a tag that does not close, an end tag that does not match.
struct XMLPullReader {
    enum Event {
        /// Attributes in document order, by local name (a few per element: a list beats a dictionary).
        case start(name: String, attributes: XMLAttributes)
        case end(name: String)
        case text(String)
    }

    let bytes: [UInt8]
    let maxDepth: Int
    private(set) var position = 0
    private var open: [String] = []
    /// The end event still owed for a self-closing tag.
    private var pendingEnd: String?

    init(_ bytes: [UInt8], maxDepth: Int = 64) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(XMLError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else { return .text(try text()) }
            if let event = try markup() { return event }
        }
        guard open.isEmpty else {
            throw XMLError(offset: position, Message("xlsx.xml_unclosed", [.code(open.last ?? "")]))
        }
        return nil
    }

    /// A tag, or nil for a comment, CDATA (returned as text), declaration or PI. Decided on the
    /// byte after `<`, so an ordinary tag costs no string comparison.
    private mutating func markup() throws(XMLError) -> Event? {
        let start = position
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        switch next {
        case UInt8(ascii: "/"):
            position += 2
            let name = try self.name()
            skipSpace()
            try expect(">")
            guard let last = open.popLast(), last == name else {
                throw XMLError(offset: start, Message("xlsx.xml_mismatch", [.code(name), .code(open.last ?? "")]))
            }
            return .end(name: Self.local(name))
        case UInt8(ascii: "!"):
            if starts(with: "<!--") {
                try skip(past: "-->", from: start, opener: "<!--")
            } else if starts(with: "<![CDATA[") {
                let from = position + 9
                try skip(past: "]]>", from: start, opener: "<![CDATA[")
                return .text(String(decoding: bytes[from..<(position - 3)], as: UTF8.self))
            } else {
                throw XMLError(offset: start, Message("xlsx.xml_doctype"))
            }
        case UInt8(ascii: "?"):
            try skip(past: "?>", from: start, opener: "<?")
        default:
            return try startTag()
        }
        return nil
    }

    private mutating func startTag() throws(XMLError) -> Event {
        let start = position
        position += 1
        let name = try self.name()
        var attributes = XMLAttributes()
        while true {
            skipSpace()
            guard position < bytes.count else {
                throw XMLError(offset: start, Message("xlsx.xml_unclosed", [.code(name)]))
            }
            if bytes[position] == UInt8(ascii: "/") {
                position += 1
                try expect(">")
                pendingEnd = Self.local(name)
                break
            }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                guard open.count < maxDepth else {
                    throw XMLError(offset: start, Message("xlsx.xml_deep", [.integer(maxDepth)]))
                }
                open.append(name)
                break
            }
            let attribute = try self.name()
            skipSpace()
            try expect("=")
            skipSpace()
            attributes.pairs.append((Self.local(attribute), try quoted()))
        }
        return .start(name: Self.local(name), attributes: attributes)
    }

    /// Character data up to the next `<`, entities decoded.
    private mutating func text() throws(XMLError) -> String {
        let start = position
        while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try XMLEntities.decode(bytes[start..<position], offset: start)
    }

    /// An attribute value in `"` or `'`, entities decoded.
    private mutating func quoted() throws(XMLError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
        else {
            throw XMLError(offset: position, Message("xlsx.xml_syntax"))
        }
        let quote = bytes[position]
        let start = position + 1
        position = start
        while position < bytes.count && bytes[position] != quote { position += 1 }
        guard position < bytes.count else { throw XMLError(offset: start - 1, Message("xlsx.xml_syntax")) }
        position += 1
        return try XMLEntities.decode(bytes[start..<(position - 1)], offset: start)
    }

    private mutating func name() throws(XMLError) -> String {
        let start = position
        while position < bytes.count, !Self.endsName(bytes[position]) { position += 1 }
        guard position > start else { throw XMLError(offset: start, Message("xlsx.xml_syntax")) }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<")
    }

    /// `x:c` → `c`.
    static func local(_ name: String) -> String {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    private mutating func skipSpace() {
        while position < bytes.count,
            bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A || bytes[position] == 0x0D
        {
            position += 1
        }
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        return text.withUTF8Buffer { prefix in (0..<count).allSatisfy { bytes[position + $0] == prefix[$0] } }
    }

    private mutating func expect(_ text: StaticString) throws(XMLError) {
        guard starts(with: text) else { throw XMLError(offset: position, Message("xlsx.xml_syntax")) }
        position += text.utf8CodeUnitCount
    }

    private mutating func skip(past end: StaticString, from start: Int, opener: String) throws(XMLError) {
        while position < bytes.count {
            if starts(with: end) {
                position += end.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw XMLError(offset: start, Message("xlsx.xml_unclosed", [.code(opener)]))
    }
}

/// An XML error at a byte offset of its part.
struct XMLError: Error {
    let offset: Int
    let message: Message

    init(offset: Int, _ message: Message) {
        self.offset = offset
        self.message = message
    }

    /// As a workbook error naming the part, its line and column.
    func inPart(_ part: String, bytes: [UInt8]) -> WorkbookError {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return WorkbookError(part: part + ":" + String(line) + ":" + String(column), message)
    }
}

/// An element's attributes, looked up by local name (`r:id` is `id`).
struct XMLAttributes {
    var pairs: [(name: String, value: String)] = []

    subscript(_ name: String) -> String? { pairs.first { $0.name == name }?.value }
}
