/// libFuzzer entry for `finsam fmt` and `finsam diff`. Not part of the SwiftPM package:
/// `scripts/fuzz.sh` compiles it together with every file of `Sources/FinsamCore`.

/// Formats the bytes; formatting twice must change nothing more, and the formatted text must be
/// JSON again. Where the bytes are a plan, the formatted plan must differ from it in nothing
/// `finsam diff` shows, and every diff format and the textconv listing must render.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReview(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let formatted: [UInt8]
    do throws(InputError) {
        formatted = try PlanFormatter.format(bytes, file: "fuzz.json")
    } catch {
        guard error.location.line >= 1, error.location.column >= 1 else { fatalError("bad location") }
        return 0
    }
    guard let again = try? PlanFormatter.format(formatted, file: "fuzz.json") else { fatalError("formatted text is not JSON") }
    guard again == formatted else { fatalError("fmt of fmt differs") }
    let options = CheckOptions(today: PlanDate(year: 2026, month: 6, day: 30))
    func checked(_ bytes: [UInt8], _ file: String) -> CheckedPlan? {
        guard case .success(let plan) = Pipeline.check(bytes, file: file, options: options) else { return nil }
        return plan
    }
    guard let old = checked(bytes, "old.json") else {
        // Not a plan: the formatted text must not be one either.
        if checked(formatted, "new.json") != nil { fatalError("fmt made a plan") }
        return 0
    }
    guard let new = checked(formatted, "new.json") else { fatalError("fmt broke a plan") }
    let diff = PlanDiff.compare(old, new)
    guard diff.isEmpty else { fatalError("fmt changed what diff sees") }
    let changed = PlanDiff.compare(new, old)
    for reporter in DiffReporters.all { _ = reporter.report(changed, options: DiffOptions(language: .sv)) }
    _ = FigureListing.render(old, options: DiffOptions(language: .en, unit: .tkr))
    return 0
}
