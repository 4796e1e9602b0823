/// Reading strings, numbers, children and pointers back from the bytes and the tape.
extension JSONDocument {
    /// The node indices of a container's direct children (an object's values).
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        let end = nodes[index].next
        var child = index + 1
        while child < end {
            result.append(child)
            child = max(nodes[child].next, child + 1)
        }
        return result
    }

    /// A string without escapes (already validated as UTF-8 by the reader).
    func rawString(at offset: Int) -> String {
        bytes.withUnsafeBufferPointer { JSONText.string(in: $0, at: offset, escaped: false) }
    }

    /// A string with escapes, decoded.
    func unescapedString(at offset: Int) -> String {
        bytes.withUnsafeBufferPointer { JSONText.string(in: $0, at: offset, escaped: true) }
    }

    /// True when the escape-free string at `offset` is exactly `text`.
    func rawStringEquals(at offset: Int, _ text: String) -> Bool {
        var index = offset + 1
        for byte in text.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return index < bytes.count && bytes[index] == UInt8(ascii: "\"")
    }

    /// The position in `fields` of `key`, compared as bytes; nil when the key is none of them.
    func keyPosition(of key: ParsedKey, in fields: KnownFields, hint: Int = 0) -> Int? {
        let start = key.offset
        guard !key.escaped else { return fields.position(of: unescapedString(at: start)) }
        return bytes.withUnsafeBufferPointer { buffer in
            let end = JSONText.closingQuote(in: buffer, after: start)
            return fields.position(of: UnsafeBufferPointer(rebasing: buffer[(start + 1)..<end]), hint: hint)
        }
    }

    /// A number's text.
    func numberText(at offset: Int) -> String {
        var end = offset
        while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                end += 1
            default:
                return String(decoding: bytes[offset..<end], as: UTF8.self)
            }
        }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }
}
