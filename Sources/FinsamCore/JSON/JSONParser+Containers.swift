/// Objects and arrays.
extension JSONParser {
    mutating func parseObject() throws(JSONSyntaxError) {
        let start = index
        let node = nodes.count
        try enterContainer()
        append(.object, start: start)
        index += 1
        var keys = KeySet(object: node)
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            close(node, .object, start: start)
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw bytes[index] == UInt8(ascii: "}") && !keys.isEmpty
                    ? failure(.trailingComma, at: lastComma) : keyError()
            }
            // The key gets no node of its own: its value's node leads back to it (``JSONKey``).
            let key = ParsedKey(offset: index, escaped: try scanString())
            // A large object's table grows into the parser's spare ones (``KeySlotPool``).
            if keys.count == KeySet.smallCount && keySlotPool == nil { keySlotPool = KeySlotPool() }
            if let duplicate = keys.insert(key, end: index - 1, parser: self) {
                throw failure(.duplicateKey(duplicate), at: key.offset)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw index < bytes.count ? failure(.expectedColon) : failure(.unexpectedEnd)
            }
            index += 1
            skipWhitespace()
            path.append(.key(key))
            try parseValue()
            path.removeLast()
            if try closeOrContinue(closing: UInt8(ascii: "}")) { break }
        }
        if keys.count > KeySet.smallCount, let pool = keySlotPool { keys.releaseTable(into: pool) }
        close(node, .object, start: start)
    }

    func keyError() -> JSONSyntaxError {
        let byte = bytes[index]
        if byte == UInt8(ascii: "/") { return failure(.comment) }
        if byte >= 0x80 && utf8Width(at: index) == nil { return failure(.invalidUTF8) }
        return failure(.expectedKey)
    }

    /// After a member or element: true at the closing bracket, false after a comma.
    /// `closing` is a byte, not a `Character`: asking a `Character` for its ASCII value on
    /// every member cost a twentieth of the whole parse.
    mutating func closeOrContinue(closing: UInt8) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        let byte = bytes[index]
        if byte == UInt8(ascii: ",") {
            lastComma = index
            index += 1
            return false
        }
        if byte == closing {
            index += 1
            return true
        }
        if byte == UInt8(ascii: "/") { throw failure(.comment) }
        throw failure(.expectedCommaOrEnd(closing: Character(Unicode.Scalar(closing))))
    }

    mutating func parseArray() throws(JSONSyntaxError) {
        let start = index
        let node = nodes.count
        try enterContainer()
        append(.array, start: start)
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            close(node, .array, start: start)
            return
        }
        var position = 0
        while true {
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") && position > 0 {
                throw failure(.trailingComma, at: lastComma)
            }
            if let part = try takeSplice() {
                position += part.elements
            } else {
                path.append(.index(position))
                try parseValue()
                path.removeLast()
                position += 1
            }
            if try closeOrContinue(closing: UInt8(ascii: "]")) { break }
        }
        close(node, .array, start: start)
    }
}

/// A key as the parser met it: its opening quote, and whether it has escapes.
struct ParsedKey {
    let offset: Int
    let escaped: Bool
}

/// The keys of one object, for finding duplicates. The earlier keys are found back from their
/// values, already on the tape, so a small object is checked by walking them, allocating
/// nothing; a large one uses a table.
struct KeySet {
    /// The tape index of the object's node.
    let object: Int
    private(set) var count = 0
    private var large: Set<String>?
    private var table: KeyTable?
    /// The most keys checked by walking the earlier ones.
    static let smallCount = 16
    /// A bit for each small key's first byte and length (``sketchBit(first:length:)``); a key
    /// whose bit is not set differs from every key before it, with no walk over them. Nil once
    /// a key has escapes, whose bytes say nothing of their text.
    private var sketch: UInt64? = 0

    init(object: Int) { self.object = object }

    var isEmpty: Bool { count == 0 }

    /// Adds `key`, whose closing quote is at `end`; returns the key's text when the object
    /// already has it.
    mutating func insert(_ key: ParsedKey, end: Int, parser: JSONParser) -> String? {
        defer { count += 1 }
        if count < Self.smallCount {
            if let seen = sketch, !key.escaped, let first = parser.firstKeyByte(key) {
                let bit = Self.sketchBit(first: first, last: parser.bytes[end - 1], length: end - key.offset)
                sketch = seen | bit
                if seen & bit == 0 { return nil }
            } else {
                sketch = nil
            }
            // Keys of one object mostly differ in their first byte: compare that before the rest.
            let first = key.escaped ? nil : parser.firstKeyByte(key)
            var value = object + 1
            while value < parser.nodes.count {
                let earlier = parser.key(before: value)
                let other = earlier.escaped ? nil : parser.firstKeyByte(earlier)
                if (first == nil || other == nil || first == other) && parser.sameKey(key, earlier) {
                    return parser.keyText(key)
                }
                value = parser.nodes[value].next
            }
            return nil
        }
        // Keys without escapes by a hash of their bytes, allocating no strings; once a key
        // with escapes comes, every key as text in a set (``KeyTable`` cannot hash those).
        if large == nil, !key.escaped {
            let pool = parser.keySlotPool
            if table == nil { table = KeyTable(earlierKeysOf: object, parser: parser, pool: pool) }
            if let isNew = table?.insert(key, end: end, parser: parser, pool: pool) {
                return isNew ? nil : parser.keyText(key)
            }
        }
        table = nil
        if large == nil { large = Set(earlierKeys(parser: parser)) }
        let text = parser.keyText(key)
        return large?.insert(text).inserted == false ? text : nil
    }

    /// Gives this object's table to `pool` for the next large object.
    consuming func releaseTable(into pool: KeySlotPool) {
        if let table { pool.give(table.releasingSlots()) }
    }

    /// One of 64 bits for a key whose text starts with `first` and ends with `last`, `length`
    /// bytes from its opening quote to its closing one: keys of one object mostly differ in one
    /// (`id`, `name`, `start`, `end`; `"2024"`, `"2025"`).
    static func sketchBit(first: UInt8, last: UInt8, length: Int) -> UInt64 {
        let mixed =
            (UInt64(first) | UInt64(last) << 8 | UInt64(truncatingIfNeeded: length) << 16) &* 0x9E37_79B9_7F4A_7C15
        return 1 << (mixed >> 58)
    }

    /// The keys of the members read so far, as text.
    private func earlierKeys(parser: JSONParser) -> [String] {
        var keys: [String] = []
        var value = object + 1
        while value < parser.nodes.count {
            keys.append(parser.keyText(parser.key(before: value)))
            value = parser.nodes[value].next
        }
        return keys
    }
}

extension JSONParser {
    /// The key of the member whose value is at tape index `value`.
    func key(before value: Int) -> ParsedKey {
        let found = JSONKey.locate(in: bytes, valueAt: Int(nodes[value].start))
        return ParsedKey(offset: found.opening, escaped: found.escaped)
    }

    /// A key's text, decoded.
    func keyText(_ key: ParsedKey) -> String {
        JSONText.string(in: bytes, at: key.offset, escaped: key.escaped)
    }

    /// The byte after the opening quote of a key without escapes (its closing quote, for an
    /// empty key); nil past the end.
    @inline(__always)
    func firstKeyByte(_ key: ParsedKey) -> UInt8? {
        let index = key.offset + 1
        guard index < bytes.count else { return nil }
        return bytes[index]
    }

    /// True when two keys are the same string.
    func sameKey(_ first: ParsedKey, _ second: ParsedKey) -> Bool {
        guard !first.escaped && !second.escaped else { return keyText(first) == keyText(second) }
        // Byte by byte: the keys of one object mostly differ in their first byte (comparing
        // eight bytes at a time measured slower here).
        var i = first.offset + 1
        var j = second.offset + 1
        while i < bytes.count, j < bytes.count, bytes[i] == bytes[j] {
            if bytes[i] == UInt8(ascii: "\"") { return true }
            i += 1
            j += 1
        }
        return false
    }
}
