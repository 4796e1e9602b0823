import Dispatch
import FinsamCore

// finsam-phases: times each stage of `finsam validate` in one process, to show where time goes.
//
//   finsam-phases FILE [--runs N] [--threads N] [--project YEARS]
//
// Prints, per stage, the median over N runs in milliseconds and MB/s of the file's size.
// --threads N runs the stages that can use threads (reading, decoding, the ledger) on N.
#if canImport(Glibc)
    import Glibc
#endif

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
}

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

let arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first else {
    print("usage: finsam-phases FILE [--runs N] [--threads N] [--project YEARS]")
    exit(64)
}
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 5
let projectYears = arguments.firstIndex(of: "--project").flatMap { Int(arguments[$0 + 1]) } ?? 0
// --threads N: stages that can use several threads get a Dispatch-backed runner (the CLI's
// own runner is POSIX threads; this one is near enough for timing stages).
let threads = arguments.firstIndex(of: "--threads").flatMap { Int(arguments[$0 + 1]) } ?? 1
let parallelism =
    threads > 1
    ? Parallelism(width: threads) { jobs, body in DispatchQueue.concurrentPerform(iterations: jobs) { body($0) } }
    : .serial
let bytes = readFile(path)
/// Each stage's end time, as the pipeline reports it.
final class Laps: @unchecked Sendable {
    var start = 0.0
    var samples: [String: [Double]] = [:]

    /// Resident memory after each stage, in MB (`--memory`).
    var resident: [String: Double] = [:]

    func lap(_ name: String) {
        let end = now()
        samples[name, default: []].append(end - start)
        resident[name] = residentMegabytes()
        start = end
    }
}
let laps = Laps()
guard let today = PlanDate.parse("2026-01-01") else { exit(2) }
for _ in 0..<runs {
    var options = CheckOptions(today: today, parallelism: parallelism)
    if projectYears > 0 { options.projection = ProjectionRequest(years: projectYears) }
    let order = PipelineStage.allCases
    options.stagePassed = { stage in
        laps.lap(String((order.firstIndex(of: stage) ?? 0) + 1) + " " + stage.rawValue)
    }
    laps.start = now()
    guard case .success(let checked) = Pipeline.check(bytes, file: path, options: options) else {
        print("not a plan")
        exit(2)
    }
    laps.start = now()
    // Written out in chunks and dropped, as `finsam validate` streams to stdout: gathered into
    // one string the 260 000 findings of a plan took three times as long as the report itself.
    let sink = ReportOutput { _ in }
    TextReporter().write([checked.result], options: ReportOptions(language: .en), to: sink)
    sink.finish()
    laps.lap("8 report")
    if projectYears > 0 {
        _ = RoomCalculator.rooms(checked.ledger)
        laps.lap("9 room for new initiatives")
    }
}
let samples = laps.samples
let megabytes = Double(bytes.count) / 1_000_000
print("file: \(path), \(String(format2(megabytes))) MB, median of \(runs) runs")
for name in samples.keys.sorted() {
    let sorted = (samples[name] ?? []).sorted()
    let median = sorted[sorted.count / 2]
    let memory = laps.resident[name].map { ", \(format2($0)) MB resident (\(format2($0 / megabytes))x file)" } ?? ""
    print("  \(name): \(format2(median)) ms, \(format2(megabytes / (median / 1_000))) MB/s\(memory)")
}

/// The process's resident memory now, in MB: the second figure of /proc/self/statm, in pages
/// (0 where there is none).
func residentMegabytes() -> Double {
    guard let file = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(file) }
    var text = [UInt8](repeating: 0, count: 128)
    let count = fread(&text, 1, text.count, file)
    let fields = text[0..<max(0, count)].split(separator: UInt8(ascii: " "))
    guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
    return Double(pages) * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_000_000
}

func format2(_ value: Double) -> String {
    let scaled = Int((value * 100).rounded())
    let fraction = scaled % 100
    return String(scaled / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
}
