/// libFuzzer entry for `finsam import csv`: text decoding, the CSV reader, row placement, the
/// reconciliation of printed totals and the placement list. Not part of the SwiftPM package:
/// `scripts/fuzz.sh` compiles it with every file of `Sources/FinsamCore` into one binary.

/// Imports the bytes as a budget table; nothing may trap, every message is about a cell (row
/// and column) or the whole table, a plan written as complete must load and carry no printed
/// total that differs from its lines, and the same bytes must give the same plan twice.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = SheetText.decode(bytes).text
    let result = BudgetImporter().run(CSVTable(text: text))
    let again = BudgetImporter().run(CSVTable(text: text))
    guard result.plan?.rendered() == again.plan?.rendered(), result.placement == again.placement else {
        fatalError("the same table gave different plans")
    }
    for issue in result.issues + result.notes where (issue.row > 0) != (issue.column > 0) {
        fatalError("a message with a row but no column, or a column but no row: \(issue.message.id)")
    }
    guard let plan = result.plan, result.complete else { return 0 }
    do throws(InputError) {
        let options = CheckOptions(today: PlanDate(year: 2026, month: 6, day: 30))
        let loaded = try Pipeline.check(Array(plan.rendered().utf8), file: "fuzz.json", options: options).get()
        let findings = loaded.findings.filter { $0.ruleID == "declared_figures" }
        // A printed total that differs may only be the sheet's own slip, reported as a note.
        if !findings.isEmpty && !result.notes.contains(where: { $0.message.id == "import.sheet_slip" }) {
            fatalError("a complete import declares a figure that differs from its lines")
        }
    } catch {
        fatalError("a complete import wrote a plan that does not load")
    }
    return 0
}
