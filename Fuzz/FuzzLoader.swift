/// libFuzzer entry for the whole way from bytes to a report: reader, plan decoder, ledger, every
/// rule, waivers, and every reporter. Not part of the SwiftPM package: `scripts/fuzz.sh` compiles it
/// together with every file of `Sources/FinsamCore` into one fuzzing binary.

/// Checks the bytes as a plan file and renders the result in every format; nothing may trap,
/// an error must point at a line and column, and the same bytes must give the same reports
/// twice (determinism).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // What `finsam validate` runs: rules by year, then the plan's waivers as of a fixed day.
    let today = PlanDate(year: 2026, month: 6, day: 30)
    let result = FileResult.check(bytes, file: "fuzz.json", today: today)
    let again = FileResult.check(bytes, file: "fuzz.json", today: today)
    let options = ReportOptions(language: .sv)
    for reporter in Reporters.all {
        guard reporter.report([result], options: options) == reporter.report([again], options: options) else {
            fatalError("the same bytes gave different \(reporter.name) reports")
        }
    }
    if case .failure(let error) = result.outcome {
        guard error.location.line >= 1, error.location.column >= 1 else { fatalError("bad location") }
    }
    return 0
}
