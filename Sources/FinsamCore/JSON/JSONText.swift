/// Decoding string tokens that the reader has already validated, for the tape and the parser.
enum JSONText {
    /// The string whose opening quote is at `offset`.
    static func string(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, escaped: Bool) -> String {
        let end = closingQuote(in: bytes, after: offset)
        guard escaped else {
            return ValidatedUTF8.string(UnsafeBufferPointer(rebasing: bytes[min(offset + 1, end)..<end]))
        }
        var decoded: [UInt8] = []
        var index = offset + 1
        while index < end {
            guard bytes[index] == UInt8(ascii: "\\"), index + 1 < end else {
                decoded.append(bytes[index])
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"):
                let (scalar, width) = unicodeEscape(in: bytes, at: index)
                decoded.append(contentsOf: Array(String(Character(scalar)).utf8))
                index += width
            default: decoded.append(escape)
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// The offset of the closing quote of the string that opens at `opening`.
    static func closingQuote(in bytes: UnsafeBufferPointer<UInt8>, after opening: Int) -> Int {
        var index = opening + 1
        while index < bytes.count {
            index = quoteOrBackslash(in: bytes, from: index)
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: "\"") { return index }
            index += 2
        }
        return bytes.count
    }

    /// The first quote or backslash at or after `index` (`bytes.count` if none), looked for eight
    /// bytes at a time: every string the decoder makes is first measured by
    /// ``closingQuote(in:after:)``. ``closingQuoteByteByByte(in:after:)`` is the plain reading.
    private static func quoteOrBackslash(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let quotes = SWAR.repeated(UInt8(ascii: "\""))
            let backslashes = SWAR.repeated(UInt8(ascii: "\\"))
            while index + 8 <= bytes.count {
                let x = SWAR.load(raw, at: index)
                let found = SWAR.zeroBytes(x ^ quotes) | SWAR.zeroBytes(x ^ backslashes)
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
            index += 1
        }
        return index
    }

    /// ``closingQuote(in:after:)`` a byte at a time, for the tests.
    static func closingQuoteByteByByte(in bytes: UnsafeBufferPointer<UInt8>, after opening: Int) -> Int {
        var index = opening + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): return index
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
        return bytes.count
    }

    /// The scalar of a validated `XXXX` (or `XXXX\uXXXX` surrogate pair) and its width in bytes.
    private static func unicodeEscape(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let first = hex4(bytes, at: index)
        if (0xD800...0xDBFF).contains(first), index + 10 <= bytes.count {
            let second = hex4(bytes, at: index + 6)
            let combined = 0x10000 + ((first - 0xD800) << 10) + (second &- 0xDC00)
            return (Unicode.Scalar(combined) ?? "\u{FFFD}", 10)
        }
        return (Unicode.Scalar(first) ?? "\u{FFFD}", 4)
    }

    /// Four hex digits as a number; the reader has checked they are hex digits.
    static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 where index + offset < bytes.count {
            guard let digit = hexDigit(bytes[index + offset]) else { return 0xFFFD }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// A byte that can stand in a JSON number's text.
    static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
            UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
