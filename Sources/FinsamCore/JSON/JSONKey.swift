/// An object member's key, found from its value.
///
/// The tape holds no node for a key: an object's children are its values, and each value's key
/// is read back from the bytes before it (`"key"`, whitespace, `:`, whitespace). Keys were two
/// fifths of a plan's nodes, and the tape (with the parent index built from it for pointers) is
/// most of what finsam holds besides the file and the plan.
struct JSONKey: Sendable {
    let document: JSONDocument
    /// Byte offset of the key's opening quote.
    let offset: Int
    /// True when the key has escapes (its text is then decoded, never compared as bytes).
    let escaped: Bool

    /// The key of the member whose value starts at `valueOffset`.
    init(document: JSONDocument, valueAt valueOffset: Int) {
        self.document = document
        let found = document.bytes.withUnsafeBufferPointer { Self.locate(in: $0, valueAt: valueOffset) }
        offset = found.opening
        escaped = found.escaped
    }

    /// The key's text.
    var string: String {
        document.bytes.withUnsafeBufferPointer { JSONText.string(in: $0, at: offset, escaped: escaped) }
    }

    /// The key as written, quotes and escapes included.
    var rawTokenRange: Range<Int> {
        let end = document.bytes.withUnsafeBufferPointer { JSONText.closingQuote(in: $0, after: offset) } + 1
        return offset..<min(max(end, offset), document.bytes.count)
    }

    /// True when the key is `name`, without building a string where the key has no escapes.
    func equals(_ name: String) -> Bool {
        escaped ? string == name : document.rawStringEquals(at: offset, name)
    }

    /// The opening and closing quotes of the key before the value at `valueOffset`, and whether
    /// the key has escapes, read backwards from the value: the reader has checked the syntax, so
    /// the bytes before a member's value are its key, a colon and whitespace. The opening quote
    /// is the first `"` back from the closing one with an even run of backslashes before it
    /// (inside the key every quote is escaped). Out-of-range offsets give offset 0 rather than
    /// trap; no caller passes one.
    static func locate(
        in bytes: UnsafeBufferPointer<UInt8>, valueAt valueOffset: Int
    ) -> (opening: Int, closing: Int, escaped: Bool) {
        let found = locateChecked(in: bytes, valueAt: valueOffset)
        return (found.opening, found.closing, found.escaped)
    }

    /// ``locate(in:valueAt:)``, and whether a colon lies between the quote found and the value:
    /// false when the value is no member's (an array element after a string, say).
    static func locateChecked(
        in bytes: UnsafeBufferPointer<UInt8>, valueAt valueOffset: Int
    ) -> (opening: Int, closing: Int, escaped: Bool, isMember: Bool) {
        var index = min(valueOffset, bytes.count) - 1
        // Back over whitespace, the colon and whitespace, to the closing quote; anything else
        // on the way means the value is no member's.
        index = skippingWhitespace(bytes, backFrom: index)
        var isMember = index >= 0 && bytes[index] == UInt8(ascii: ":")
        if isMember { index = skippingWhitespace(bytes, backFrom: index - 1) }
        if index < 0 || bytes[index] != UInt8(ascii: "\"") {
            isMember = false
            while index >= 0, bytes[index] != UInt8(ascii: "\"") { index -= 1 }
        }
        let closing = max(index, 0)
        var escaped = false
        index -= 1
        while index >= 0 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                var backslashes = 0
                while index - backslashes - 1 >= 0, bytes[index - backslashes - 1] == UInt8(ascii: "\\") {
                    backslashes += 1
                }
                if backslashes % 2 == 0 { return (index, closing, escaped, isMember) }
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            }
            index -= 1
        }
        return (0, closing, escaped, isMember)
    }

    /// True when the key whose closing quote is at `closing` in `bytes` is `name`, read without
    /// walking back to the key's opening quote: `name`'s bytes end at `closing`, and the byte
    /// before them is a quote with no backslash before it. For a `name` with no quote and no
    /// backslash that quote is the key's opening one (inside a key every quote has a backslash
    /// before it, so the key can be neither longer nor shorter than the name) and the key has no
    /// escapes; any other `name` gives false. False says nothing about the key: the caller then
    /// locates it the plain way (``locate(in:valueAt:)``).
    static func isKey(
        _ name: UnsafeBufferPointer<UInt8>, closingAt closing: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let opening = closing - name.count - 1
        guard opensKey(at: opening, in: bytes), closing < bytes.count else { return false }
        for index in 0..<name.count {
            let byte = name[index]
            guard byte == bytes[opening + 1 + index], byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") else {
                return false
            }
        }
        return true
    }

    /// ``isKey(_:closingAt:in:)`` for a `name` the caller knows has no quote and no backslash,
    /// compared eight bytes at a time (``SWAR/equal(_:_:)``): a federation's 150 000 member ids,
    /// each compared with its key in every year, cost a hundred instructions each a byte at a time.
    static func isPlainKey(
        _ name: UnsafeBufferPointer<UInt8>, closingAt closing: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let opening = closing - name.count - 1
        guard opensKey(at: opening, in: bytes), closing < bytes.count else { return false }
        return SWAR.equal(name, UnsafeBufferPointer(rebasing: bytes[(opening + 1)..<closing]))
    }

    /// True when `opening` holds a quote with no backslash before it: the opening quote of a
    /// key that ends in bytes without quotes or backslashes (``isKey(_:closingAt:in:)``).
    static func opensKey(at opening: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        opening >= 0 && opening < bytes.count && bytes[opening] == UInt8(ascii: "\"")
            && (opening == 0 || bytes[opening - 1] != UInt8(ascii: "\\"))
    }

    /// The closing quote of the key before the value at `valueOffset`: back over whitespace, the
    /// colon and whitespace; nil when anything else is on the way (the value is no member's).
    static func closingQuote(in bytes: UnsafeBufferPointer<UInt8>, valueAt valueOffset: Int) -> Int? {
        var index = skippingWhitespace(bytes, backFrom: min(valueOffset, bytes.count) - 1)
        guard index >= 0, bytes[index] == UInt8(ascii: ":") else { return nil }
        index = skippingWhitespace(bytes, backFrom: index - 1)
        guard index >= 0, bytes[index] == UInt8(ascii: "\"") else { return nil }
        return index
    }

    /// The last index at or before `index` that holds no JSON whitespace (-1 if none).
    private static func skippingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, backFrom index: Int) -> Int {
        var index = index
        while index >= 0, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index -= 1
        }
        return index
    }
}
