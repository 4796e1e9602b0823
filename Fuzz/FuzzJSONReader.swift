/// libFuzzer entry for finsam's JSON reader. Not part of the SwiftPM package: `scripts/fuzz.sh`
/// compiles it together with every file of `Sources/FinsamCore` into one fuzzing binary.

/// Reads the bytes as JSON; whatever they are, the reader must return a value or an error,
/// never trap, and an error's offset must lie inside the input (a message points at a place
/// that exists). A document read whole must find every member's key back from its value (the
/// tape has no key nodes) exactly where a forward reading puts it, and give a pointer for any
/// offset. Every escape-free string, made without validating its bytes again
/// (``ValidatedUTF8``), must be what `String(decoding:as:)` makes of them, byte for byte.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = JSONReader.strippingBOM(Array(UnsafeBufferPointer(start: data, count: size)))
    do throws(JSONSyntaxError) {
        let root = try JSONReader().read(bytes)
        checkKeys(root)
        for offset in stride(from: -1, through: bytes.count + 1, by: max(1, bytes.count / 64)) {
            _ = root.document.pointer(to: offset)
        }
    } catch {
        guard error.offset >= 0, error.offset <= bytes.count else {
            fatalError("error offset \(error.offset) outside 0...\(bytes.count)")
        }
        let position = SourceMap(bytes: bytes).position(of: error.offset)
        guard position.line >= 1, position.column >= 1 else { fatalError("bad position \(position)") }
        _ = Catalog(language: .sv).render(Message.syntax(error.reason))
    }
    return 0
}

/// Every key found back from its value is a string token ending where the forward reading of
/// the same token ends, followed by a colon before the value.
func checkKeys(_ value: JSONValue) {
    for member in value.members {
        let bytes = member.value.document.bytes
        let found = bytes.withUnsafeBufferPointer { buffer in
            (
                JSONKey.locateChecked(in: buffer, valueAt: member.value.offset),
                JSONText.closingQuote(in: buffer, after: member.keyOffset)
            )
        }
        guard found.0.isMember, found.0.closing == found.1, bytes[member.keyOffset] == UInt8(ascii: "\"")
        else { fatalError("key of the value at \(member.value.offset) found at \(member.keyOffset)") }
        checkKeys(member.value)
    }
    for element in value.elements { checkKeys(element) }
    checkString(value)
}

/// A string token's closing quote is the one a byte-by-byte scan finds, and an escape-free
/// string read without validating its bytes again is `String(decoding:as:)`'s: the reader's
/// own validation is all that reading relies on.
func checkString(_ value: JSONValue) {
    guard let text = value.string else { return }
    value.document.bytes.withUnsafeBufferPointer { buffer in
        let end = JSONText.closingQuote(in: buffer, after: value.offset)
        guard end == JSONText.closingQuoteByteByByte(in: buffer, after: value.offset), end > value.offset else {
            fatalError("closing quote of the string at \(value.offset)")
        }
        let raw = UnsafeBufferPointer(rebasing: buffer[(value.offset + 1)..<end])
        guard !raw.contains(UInt8(ascii: "\\")) else { return }
        guard text == String(decoding: raw, as: UTF8.self), Array(text.utf8) == Array(raw),
            ValidatedUTF8.isASCII(raw) == raw.allSatisfy({ $0 < 0x80 })
        else { fatalError("string at \(value.offset) read as \(text)") }
    }
}
