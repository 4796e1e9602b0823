/// Strings and numbers: validated in place, never copied while reading.
extension JSONParser {
    /// Scans a string from its opening quote to after its closing quote, validating UTF-8 and
    /// escapes; returns whether it has escapes.
    mutating func scanString() throws(JSONSyntaxError) -> Bool {
        let quote = index
        index += 1
        var escaped = false
        while index < bytes.count {
            skipPlainBytes(inStringFrom: quote)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return escaped
            }
            // More than the limit before the closing quote: stop here, not 100 MB later.
            if index - quote > stringLimit { throw failure(.stringTooLong(limit: stringLimit), at: quote) }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                try scanEscape()
            } else if byte < 0x20 {
                throw failure(.controlCharacterInString)
            } else if byte < 0x80 {
                index += 1
            } else {
                guard let width = utf8Width(at: index) else { throw failure(.invalidUTF8) }
                index += width
            }
        }
        throw failure(.unexpectedEnd)
    }

    /// Moves `index` eight bytes at a time over printable ASCII, to the first quote, backslash,
    /// control character or non-ASCII byte (which the byte-by-byte scan then handles). It stops
    /// before the string limit, so the limit is reported exactly where it was before.
    private mutating func skipPlainBytes(inStringFrom quote: Int) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let quotes = SWAR.repeated(UInt8(ascii: "\""))
        let backslashes = SWAR.repeated(UInt8(ascii: "\\"))
        while index + 8 <= bytes.count && index + 8 - quote <= stringLimit {
            let x = SWAR.load(raw, at: index)
            let special =
                SWAR.bytesBelow(x, 0x20) | SWAR.zeroBytes(x ^ quotes) | SWAR.zeroBytes(x ^ backslashes)
                | (x & SWAR.highBits)
            if special != 0 {
                index += special.trailingZeroBitCount / 8
                return
            }
            index += 8
        }
    }

    private mutating func scanEscape() throws(JSONSyntaxError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
        case UInt8(ascii: "u"):
            let first = try scanHex4()
            if (0xDC00...0xDFFF).contains(first) { throw failure(.loneSurrogate, at: escapeStart) }
            guard (0xD800...0xDBFF).contains(first) else { return }
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else {
                throw failure(.loneSurrogate, at: escapeStart)
            }
            index += 1
            guard (0xDC00...0xDFFF).contains(try scanHex4()) else { throw failure(.loneSurrogate, at: escapeStart) }
        default:
            throw failure(.invalidEscape)
        }
    }

    /// Reads `u` and four hex digits; `index` is at the `u`.
    private mutating func scanHex4() throws(JSONSyntaxError) -> UInt32 {
        index += 1
        guard index + 4 <= bytes.count else { throw failure(.unexpectedEnd) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = JSONText.hexDigit(bytes[index]) else { throw failure(.invalidEscape) }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// The length of the valid UTF-8 sequence at `offset`, or nil (overlong forms, surrogates and
    /// values above U+10FFFF are invalid).
    func utf8Width(at offset: Int) -> Int? {
        func continuation(_ i: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset + i < bytes.count && range.contains(bytes[offset + i])
        }
        switch bytes[offset] {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : nil
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }

    /// Scans a number by the JSON grammar.
    mutating func scanNumber() throws(JSONSyntaxError) {
        let start = index
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            if matches("Infinity") { throw failure(.nonFiniteNumber("-Infinity"), at: start) }
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
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while index < bytes.count && isDigit(bytes[index]) { index += 1 }
    }

    private func invalidNumber(from start: Int) -> JSONSyntaxError {
        var end = index
        while end < bytes.count, end - start < 24 {
            let byte = bytes[end]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
                || byte <= 0x20 || byte >= 0x80
            {
                break
            }
            end += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<max(end, index)]), as: UTF8.self)
        return failure(.invalidNumber(text), at: start)
    }

    /// The most helpful error for the byte at `index`.
    func unexpectedHere() -> JSONSyntaxError {
        guard index < bytes.count else { return failure(.unexpectedEnd) }
        let byte = bytes[index]
        if byte == UInt8(ascii: "/") { return failure(.comment) }
        for word in ["NaN", "Infinity", "+Infinity", "-Infinity"] where matches(word) {
            return failure(.nonFiniteNumber(word))
        }
        if byte >= 0x80 {
            guard let width = utf8Width(at: index) else { return failure(.invalidUTF8) }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]), as: UTF8.self)
            return failure(.unexpectedCharacter(text))
        }
        if byte < 0x20 || byte == 0x7F { return failure(.unexpectedCharacter("U+" + hex(UInt32(byte)))) }
        return failure(.unexpectedCharacter(String(Character(Unicode.Scalar(byte)))))
    }
}
