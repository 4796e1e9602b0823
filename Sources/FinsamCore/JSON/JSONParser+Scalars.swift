/// Strings and numbers: the parts of the reader that look at single characters.
extension JSONParser {
    /// Reads a string starting at its opening quote; leaves `index` after the closing quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes are the string once they are valid UTF-8.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                guard let text = String(validating: slice, as: UTF8.self) else {
                    throw failure(.invalidUTF8, at: firstInvalidUTF8(from: start, to: index))
                }
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure(.controlCharacterInString) }
            index += 1
            if index - start > stringLimit { throw failure(.stringTooLong(limit: stringLimit), at: start - 1) }
        }
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        return try parseEscapedString(from: start)
    }

    /// The slow path, for strings with escapes: decodes into a byte buffer, then validates.
    private mutating func parseEscapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var buffer = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw failure(.invalidUTF8, at: firstInvalidUTF8(from: start, to: index - 1))
                }
                return text
            case UInt8(ascii: "\\"):
                try appendEscape(to: &buffer)
            case 0..<0x20:
                throw failure(.controlCharacterInString)
            default:
                buffer.append(byte)
                index += 1
            }
            if index - start > stringLimit { throw failure(.stringTooLong(limit: stringLimit), at: start - 1) }
        }
        throw failure(.unexpectedEnd)
    }

    private mutating func appendEscape(to buffer: inout [UInt8]) throws(JSONSyntaxError) {
        index += 1
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        let simple: UInt8?
        switch bytes[index] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw failure(.invalidEscape)
        }
        if let simple {
            buffer.append(simple)
            index += 1
            return
        }
        let scalar = try parseUnicodeEscape()
        buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    /// Reads `uXXXX` (and a following `\uXXXX` low surrogate where the first is high).
    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let escapeStart = index - 1
        let first = try parseHex4()
        if (0xDC00...0xDFFF).contains(first) { throw failure(.loneSurrogate, at: escapeStart) }
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            else { throw failure(.loneSurrogate, at: escapeStart) }
            index += 1
            let second = try parseHex4()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw failure(.loneSurrogate, at: escapeStart)
            }
            let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            guard let scalar = Unicode.Scalar(combined) else { throw failure(.loneSurrogate) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw failure(.loneSurrogate) }
        return scalar
    }

    /// Reads `u` and four hex digits; `index` is at the `u`.
    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        index += 1
        guard index + 4 <= bytes.count else { throw failure(.unexpectedEnd) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure(.invalidEscape)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Reads a number by the JSON grammar and returns its text.
    mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            if matchesInfinity() { throw failure(.nonFiniteNumber("-Infinity"), at: start) }
        }
        guard index < bytes.count, isDigit(bytes[index]) else { throw invalidNumber(from: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count && isDigit(bytes[index]) { throw invalidNumber(from: start) }
        } else {
            skipDigits()
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw invalidNumber(from: start) }
            skipDigits()
        }
        if index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw invalidNumber(from: start) }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private func matchesInfinity() -> Bool {
        let word = Array("Infinity".utf8)
        guard index + word.count <= bytes.count else { return false }
        return word.indices.allSatisfy { bytes[index + $0] == word[$0] }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while index < bytes.count && isDigit(bytes[index]) { index += 1 }
    }

    private mutating func invalidNumber(from start: Int) -> JSONSyntaxError {
        var end = index
        while end < bytes.count, end - start < 24 {
            let byte = bytes[end]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
                || byte <= 0x20 || byte >= 0x80
            { break }
            end += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return failure(.invalidNumber(text), at: start)
    }

    /// Decodes the UTF-8 scalar at `offset`, or nil when the bytes there are not valid UTF-8.
    func decodeScalar(at offset: Int) -> Unicode.Scalar? {
        let end = min(offset + 4, bytes.count)
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<end]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The offset of the first byte in `start..<end` that does not begin a valid UTF-8 scalar.
    func firstInvalidUTF8(from start: Int, to end: Int) -> Int {
        var offset = start
        while offset < end {
            guard let scalar = decodeScalar(at: offset) else { return offset }
            offset += UTF8.width(scalar)
        }
        return start
    }
}
