/// libFuzzer entry for finsam's DEFLATE decoder. Not part of the SwiftPM package:
/// `scripts/fuzz.sh` compiles it together with every file of `Sources/FinsamCore`.

/// Inflates the bytes as a raw DEFLATE stream under small limits; whatever they are, the
/// inflater must return bytes within the limit or an error with a message, never trap or hang,
/// and the same bytes must give the same result twice.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInflater(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = Inflater.Limits(maxOutput: 1 << 20, maxRatio: 200)
    let first = Result { () throws(WorkbookError) in try Inflater.inflate(bytes, limits: limits) }
    let second = Result { () throws(WorkbookError) in try Inflater.inflate(bytes, limits: limits) }
    switch (first, second) {
    case (.success(let a), .success(let b)):
        guard a == b, a.count <= limits.maxOutput else { fatalError("inflate gave different or oversized output") }
    case (.failure(let a), .failure(let b)):
        guard a == b, !Catalog(language: .sv).render(a.message).hasPrefix("xlsx.") else { fatalError("error without a message: \(a)") }
    default:
        fatalError("the same stream inflated once and failed once")
    }
    return 0
}
