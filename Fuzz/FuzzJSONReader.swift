/// libFuzzer entry for finsam's JSON reader. Not part of the SwiftPM package: `scripts/fuzz.sh`
/// compiles it together with every file of `Sources/FinsamCore` into one fuzzing binary.

/// Reads the bytes as JSON; whatever they are, the reader must return a value or an error,
/// never trap, and an error's offset must lie inside the input (a message points at a place
/// that exists).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = JSONReader.strippingBOM(Array(UnsafeBufferPointer(start: data, count: size)))
    do throws(JSONSyntaxError) {
        _ = try JSONReader().read(bytes)
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
