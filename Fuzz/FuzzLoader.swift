/// libFuzzer entry for the whole way from bytes to reports: the one pipeline (reader, plan
/// decoder, ledger, forecasts, projection, every rule, rule years, waivers), every reporter and
/// every report kind. Not part of the SwiftPM package: `scripts/fuzz.sh` compiles it together
/// with every file of `Sources/FinsamCore` into one fuzzing binary.

/// Checks the bytes as a plan file (and projected two years) and renders the result in every
/// format; nothing may trap, an error must point at a line and column, and the same bytes must
/// give the same output twice (determinism).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // What `finsam validate` runs, as of a fixed day.
    let options = CheckOptions(today: PlanDate(year: 2026, month: 6, day: 30))
    let result = FileResult(Pipeline.check(bytes, file: "fuzz.json", options: options), file: "fuzz.json")
    let again = FileResult(Pipeline.check(bytes, file: "fuzz.json", options: options), file: "fuzz.json")
    let reportOptions = ReportOptions(language: .sv)
    for reporter in Reporters.all {
        guard reporter.report([result], options: reportOptions) == reporter.report([again], options: reportOptions) else {
            fatalError("the same bytes gave different \(reporter.name) reports")
        }
    }
    if case .failure(let error) = result.outcome {
        guard error.location.line >= 1, error.location.column >= 1 else { fatalError("bad location") }
        return 0
    }
    // What `finsam report` and `finsam budget project` make of the same plan.
    var projected = options
    projected.projection = ProjectionRequest(years: 2)
    for checked in [Pipeline.check(bytes, file: "fuzz.json", options: options), Pipeline.check(bytes, file: "fuzz.json", options: projected)] {
        guard case .success(let plan) = checked else { continue }
        for kind in ReportKind.allCases {
            _ = TextTableFormat().render(kind.report([ReportSource(plan)]), options: TableOptions(language: .sv))
        }
        if let projection = ProjectionReport.make(plan) { _ = JSONTableFormat().render(projection, options: TableOptions(language: .en)) }
    }
    return 0
}
