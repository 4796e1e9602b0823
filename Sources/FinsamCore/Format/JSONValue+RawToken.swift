/// The source text of a value's token, for writing it back unchanged.
extension JSONValue {
    /// Where a scalar's token lies in the document's bytes: a string with its quotes and its
    /// escapes as written, a number's characters exactly (`1844.50` stays `1844.50`), a literal.
    /// Empty for an object or an array.
    var rawTokenRange: Range<Int> {
        let start = offset
        let bytes = document.bytes
        let end: Int
        switch node.kind {
        case .string, .escapedString:
            end = bytes.withUnsafeBufferPointer { JSONText.closingQuote(in: $0, after: start) } + 1
        case .number:
            var index = start
            while index < bytes.count, JSONText.isNumberByte(bytes[index]) { index += 1 }
            end = index
        case .trueValue, .null: end = start + 4
        case .falseValue: end = start + 5
        case .object, .array: end = start
        }
        return start..<min(max(end, start), bytes.count)
    }

    /// True for an object or array with nothing in it.
    var isEmptyContainer: Bool {
        (node.kind == .object || node.kind == .array) && node.next == index + 1
    }
}
