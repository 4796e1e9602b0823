// finsam-phases: times each stage of `finsam validate` in one process, to show where time goes.
//
//   finsam-phases FILE [--runs N] [--threads N] [--project YEARS]
//
// Prints, per stage, the median over N runs in milliseconds and MB/s of the file's size.
// --threads N runs the stages that can use threads (reading, decoding, the ledger) on N.
#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import FinsamCore

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
let parallelism = threads > 1
    ? Parallelism(width: threads) { jobs, body in DispatchQueue.concurrentPerform(iterations: jobs) { body($0) } }
    : .serial
let bytes = readFile(path)
var samples: [String: [Double]] = [:]
for _ in 0..<runs {
    var start = now()
    func lap(_ name: String) {
        let end = now()
        samples[name, default: []].append(end - start)
        start = end
    }
    guard let document = try? JSONReader().parse(bytes, parallelism: parallelism, splitKey: "year") else { print("not JSON"); exit(2) }
    lap("1 parse (tape)")
    guard let (plan, _) = try? PlanDecoder.decode(document.root, parallelism: parallelism) else { print("not a plan"); exit(2) }
    lap("2 decode (plan)")
    guard let _ = try? Ledger(plan: plan, parallelism: parallelism) else { print("overflow"); exit(2) }
    lap("3 ledger")
    guard let loaded = try? LoadedPlan.load(bytes, file: path, parallelism: parallelism) else { exit(2) }
    start = now()
    let findings = Validator.findings(in: loaded)
    lap("4 rules")
    _ = TextReporter().report([FileResult(file: path, outcome: .success(findings))], options: ReportOptions(language: .en))
    lap("5 report")
    if projectYears > 0 {
        guard let projection = try? Projector.project(loaded, years: projectYears) else { print("projection failed"); exit(2) }
        lap("6 project \(projectYears) years")
        _ = RoomCalculator.rooms(projection.loaded.ledger)
        lap("7 room for new initiatives")
    }
}
let megabytes = Double(bytes.count) / 1_000_000
print("file: \(path), \(String(format2(megabytes))) MB, median of \(runs) runs")
for name in samples.keys.sorted() {
    let sorted = (samples[name] ?? []).sorted()
    let median = sorted[sorted.count / 2]
    print("  \(name): \(format2(median)) ms, \(format2(megabytes / (median / 1_000))) MB/s")
}

func format2(_ value: Double) -> String {
    let scaled = Int((value * 100).rounded())
    let fraction = scaled % 100
    return String(scaled / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
}
