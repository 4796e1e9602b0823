/// Writes a JSON document in finsam's canonical layout: two-space indentation, known fields in
/// their documented order, each container on one line or one item a line as its
/// ``FormatShape`` says, and every scalar token copied byte for byte from the source.
struct LayoutWriter {
    /// The widest line, in characters, that an `auto` container is put on one line within.
    let width: Int
    private(set) var out: [UInt8] = []

    init(width: Int, capacity: Int) {
        self.width = width
        out.reserveCapacity(capacity)
    }

    /// A value of an object or array, with its key if it has one, and its shape.
    struct Child {
        let key: JSONKey?
        let value: JSONValue
        let shape: FormatShape
    }

    /// Writes `value`, which starts at `column` of a line indented by `indent`; `trailing`
    /// characters (a comma) follow it on the line.
    mutating func write(_ value: JSONValue, shape: FormatShape, indent: Int, column: Int, trailing: Int) {
        guard value.isObject || value.isArray else { return token(value) }
        if value.isEmptyContainer { return append(value.isObject ? "{}" : "[]") }
        switch shape.layout {
        case .oneLine: writeInline(value, shape: shape)
        case .expanded: writeExpanded(value, shape: shape, indent: indent)
        case .auto:
            if Self.width(of: value, shape: shape, within: width - column - trailing) != nil {
                writeInline(value, shape: shape)
            } else {
                writeExpanded(value, shape: shape, indent: indent)
            }
        }
    }

    /// The children of a container in the order they are written: an object's known fields
    /// in their documented order, then its other keys as written; an array's items as written.
    static func children(of value: JSONValue, shape: FormatShape) -> [Child] {
        guard value.isObject else { return value.elements.map { Child(key: nil, value: $0, shape: shape.item) } }
        let members = value.members
        let ranks = members.map { shape.rank(of: $0.key) ?? Int.max }
        let order = members.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
        return order.map {
            Child(key: members[$0].keyToken, value: members[$0].value, shape: shape.member(members[$0].key))
        }
    }

    private mutating func writeInline(_ value: JSONValue, shape: FormatShape) {
        append(value.isObject ? "{" : "[")
        for (position, child) in Self.children(of: value, shape: shape).enumerated() {
            if position > 0 { append(", ") }
            if let key = child.key {
                token(key)
                append(": ")
            }
            if child.value.isObject || child.value.isArray {
                writeInline(child.value, shape: child.shape)
            } else {
                token(child.value)
            }
        }
        append(value.isObject ? "}" : "]")
    }

    private mutating func writeExpanded(_ value: JSONValue, shape: FormatShape, indent: Int) {
        append(value.isObject ? "{\n" : "[\n")
        let children = Self.children(of: value, shape: shape)
        let inner = indent + 2
        for (position, child) in children.enumerated() {
            let last = position == children.count - 1
            spaces(inner)
            var column = inner
            if let key = child.key {
                token(key)
                append(": ")
                column += Self.characters(in: key) + 2
            }
            write(child.value, shape: child.shape, indent: inner, column: column, trailing: last ? 0 : 1)
            append(last ? "\n" : ",\n")
        }
        spaces(indent)
        append(value.isObject ? "}" : "]")
    }

    /// The width of `value` written on one line, or nil when it is wider than `room` or holds a
    /// container that is always expanded. Stops counting as soon as it is too wide, so deciding
    /// costs at most `room` characters' work whatever the container's size.
    static func width(of value: JSONValue, shape: FormatShape, within room: Int) -> Int? {
        guard value.isObject || value.isArray else {
            let used = characters(in: value)
            return used <= room ? used : nil
        }
        var used = 2
        for (position, child) in children(of: value, shape: shape).enumerated() {
            if position > 0 { used += 2 }
            if let key = child.key { used += characters(in: key) + 2 }
            guard used <= room else { return nil }
            if child.shape.layout == .expanded && !child.value.isEmptyContainer
                && (child.value.isObject || child.value.isArray)
            {
                return nil
            }
            guard let inner = width(of: child.value, shape: child.shape, within: room - used) else { return nil }
            used += inner
        }
        return used <= room ? used : nil
    }

    /// The characters (Unicode scalars) of a scalar's token: a column as an editor counts it.
    static func characters(in value: JSONValue) -> Int {
        characters(in: value.rawTokenRange, of: value.document.bytes)
    }

    static func characters(in key: JSONKey) -> Int {
        characters(in: key.rawTokenRange, of: key.document.bytes)
    }

    /// The characters (not bytes) of a token as written.
    private static func characters(in range: Range<Int>, of bytes: [UInt8]) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private mutating func token(_ value: JSONValue) {
        out.append(contentsOf: value.document.bytes[value.rawTokenRange])
    }

    private mutating func token(_ key: JSONKey) {
        out.append(contentsOf: key.document.bytes[key.rawTokenRange])
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private mutating func spaces(_ count: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }
}
