/// Strings made from bytes the reader has already validated as UTF-8.
///
/// `String(decoding:as:)` validates its bytes again (and would repair them), though every
/// string token of a document passed ``JSONParser/scanString()``, which rejects overlong forms,
/// surrogates, values above U+10FFFF and truncated sequences. On a plan of 26 000 initiatives
/// the second validation was a fifth of decoding them. Here the bytes are copied as they are,
/// with the one thing the validation also gave: whether they are all ASCII, which the standard
/// library keeps with the string (an ASCII string compares and hashes by its bytes).
///
/// Only for bytes between the quotes of an escape-free string token of a parsed document (or a
/// key's): anything else must go through `String(decoding:as:)`. `ValidatedUTF8Tests` compares
/// the two on random valid text.
enum ValidatedUTF8 {
    /// The string of `bytes`, which the reader has validated as UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            let span = UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII(bytes))
            return String(copying: span)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when no byte has its high bit set, tested eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= bytes.count {
            high |= SWAR.load(raw, at: offset)
            offset += 8
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            offset += 1
        }
        return high & SWAR.highBits == 0
    }
}
