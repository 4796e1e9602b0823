/// libFuzzer entry for the language server's message reader: framing (`RPCFramer`), the
/// JSON-RPC envelope (`RPCIncoming`) and the server's handling of whatever they let through.
/// Not part of the SwiftPM package: `scripts/fuzz.sh rpc` compiles it with Sources/FinsamCore.

/// Reads the bytes as a stream from an editor. Nothing may trap; the frames must be the same
/// whether the stream arrives whole or in pieces; every answer must be JSON the reader accepts;
/// and the same stream must give the same answers twice (determinism).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRPCReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Small limits, so the fuzzer reaches them.
    var whole = RPCFramer(headerLimit: 64, contentLimit: 12_000)
    let frames = whole.feed(bytes)
    var pieces = RPCFramer(headerLimit: 64, contentLimit: 12_000)
    var again: [RPCFramer.Frame] = []
    let step = size > 0 ? Int(bytes[0] % 13) + 1 : 1
    for start in stride(from: 0, to: bytes.count, by: step) {
        again += pieces.feed(bytes[start..<min(start + step, bytes.count)])
    }
    guard frames == again else { fatalError("frames depend on how the stream was cut") }
    let first = answers(frames)
    guard first == answers(frames) else { fatalError("the same stream gave different answers") }
    for text in first {
        guard (try? JSONReader().read(Array(text.utf8))) != nil else { fatalError("an answer is not JSON: \(text)") }
    }
    return 0
}

/// What an initialized server answers to the frames, in three batches (so documents opened in
/// one are changed, hovered and fixed in the next).
private func answers(_ frames: [RPCFramer.Frame]) -> [String] {
    var server = LanguageServer(options: .init(language: .sv, today: PlanDate(year: 2026, month: 6, day: 30)))
    let initialize = Array(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{}}"#.utf8)
    var out = server.handle([.body(initialize)]).map(\.json)
    let third = frames.count / 3
    out += server.handle(Array(frames[..<third])).map(\.json)
    out += server.handle(Array(frames[third..<(2 * third)])).map(\.json)
    out += server.handle(Array(frames[(2 * third)...])).map(\.json)
    return out
}
