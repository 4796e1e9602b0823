import FinsamCore

// finsam-lsp-bench: how long the language server takes from a change to its diagnostics.
//
//   finsam-lsp-bench [FILE] [--runs N]      (default: the typical plan, 200 runs)
//
// Opens the plan in a LanguageServer (in this process, as `finsam lsp` runs it), then sends N
// didChange notifications, each a ranged edit of one cost line's amount, one batch at a time,
// and times each batch from the framed notification going in to the framed publishDiagnostics
// coming out (applying the edit, checking the plan, writing the diagnostics). Prints the
// median, 90th percentile and slowest, in wall time and in this thread's CPU time (the same
// work without the time other processes took the cores), and the same for a hover after a change.
#if canImport(Glibc)
    import Glibc
#endif

func now(_ clock: clockid_t = CLOCK_MONOTONIC) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
}

/// This thread's CPU time: on a loaded machine, wall time also counts the time others ran.
func cpu() -> Double { now(CLOCK_THREAD_CPUTIME_ID) }

func readFile(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { return [] }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
}

func frame(_ json: String) -> [RPCFramer.Frame] {
    var framer = RPCFramer(contentLimit: 1 << 30)
    return framer.feed(Array("Content-Length: \(json.utf8.count)\r\n\r\n\(json)".utf8))
}

func quoted(_ text: String) -> String { JSONOutput.quoted(text) }

let arguments = Array(CommandLine.arguments.dropFirst())
let path = arguments.first { !$0.hasPrefix("--") && Int($0) == nil } ?? "Fixtures/plans/sodra-vatterbygden-2024.json"
let runs = arguments.firstIndex(of: "--runs").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 200
let bytes = readFile(path)
let text = String(decoding: bytes, as: UTF8.self)
// The first `"amount": ` of a cost line: its first digit is what each change rewrites.
let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
guard let lineIndex = lines.firstIndex(where: { $0.contains(#""category""#) && $0.contains(#""amount": "#) }),
    let amount = lines[lineIndex].firstRange(of: #""amount": "#),
    let today = PlanDate.parse("2026-06-30")
else {
    print("no cost line with an amount in \(path)")
    exit(2)
}
let character = lines[lineIndex].utf16.distance(from: lines[lineIndex].startIndex, to: amount.upperBound)
let uri = "file:///bench.json"

var server = LanguageServer(options: .init(language: .sv, today: today))
_ = server.handle(frame(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{}}"#))
_ = server.handle(
    frame(
        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"json","version":1,"text":\#(quoted(text))}}}"#
    ))

func percentiles(_ times: [Double]) -> String {
    let sorted = times.sorted()
    func at(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))] }
    func ms(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return String(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") + String(hundredths % 100) + " ms"
    }
    return "median " + ms(at(0.5)) + ", p90 " + ms(at(0.9)) + ", slowest " + ms(sorted.last ?? 0)
}

var changeTimes: [Double] = []
var changeCPU: [Double] = []
var hoverTimes: [Double] = []
var published = 0
for run in 0..<runs {
    // A digit 1–9 in place of the first digit: the amount changes, the text stays a plan.
    let digit = String(run % 9 + 1)
    let change = frame(
        #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":\#(run + 2)},"contentChanges":[{"range":{"start":{"line":\#(lineIndex),"character":\#(character)},"end":{"line":\#(lineIndex),"character":\#(character + 1)}},"text":"\#(digit)"}]}}"#
    )
    let start = now()
    let startCPU = cpu()
    let out = server.handle(change).map { (message: RPCOutgoing) in message.framed }
    changeCPU.append(cpu() - startCPU)
    changeTimes.append(now() - start)
    published += out.count
    let hover = frame(
        #"{"jsonrpc":"2.0","id":\#(run + 1),"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(lineIndex),"character":\#(character)}}}"#
    )
    let hoverStart = now()
    _ = server.handle(hover).map { (message: RPCOutgoing) in message.framed }
    hoverTimes.append(now() - hoverStart)
}
guard published == runs else {
    print("expected one publishDiagnostics per change, got \(published) for \(runs)")
    exit(1)
}
print("plan: \(path) (\(bytes.count) bytes), \(runs) changes")
print("didChange → publishDiagnostics, wall: " + percentiles(changeTimes) + " (target: under 20 ms)")
print("didChange → publishDiagnostics, CPU:  " + percentiles(changeCPU))
print("hover after a change (loads the plan once): " + percentiles(hoverTimes))
