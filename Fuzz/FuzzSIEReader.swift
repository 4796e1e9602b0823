/// libFuzzer entry for the SIE reader and what `import sie` does with what it reads. Not part of
/// the SwiftPM package: `scripts/fuzz.sh` compiles it together with every file of
/// `Sources/FinsamCore` into one fuzzing binary.

/// A small plan and accounts map (as in Fixtures/sie), built once.
let fuzzPlan: LoadedPlan? = {
    let text = """
        {"formatVersion": 1, "federation": {"name": "F", "organisationNumber": "222000-1230"},
         "members": [{"id": "staten", "name": "S", "kind": "state"}, {"id": "region", "name": "R", "kind": "region"},
                     {"id": "a", "name": "A", "kind": "municipality"}],
         "openingEquity": 400000,
         "years": [{"year": 2024, "status": "budget", "contributions": {"staten": 1000, "region": 500, "a": 500},
                    "otherIncome": [{"name": "P", "amount": 60}],
                    "costs": [{"name": "Kansli", "category": "administration", "amount": 1000},
                              {"name": "Enter", "category": "operations", "amount": 1060, "initiative": "enter"}]}],
         "initiatives": [{"id": "enter", "name": "Enter", "target": "individual"}]}
        """
    let options = CheckOptions(today: PlanDate(year: 2026, month: 6, day: 30))
    guard case .success(let checked) = Pipeline.check(Array(text.utf8), file: "fuzz-plan.json", options: options) else { return nil }
    return checked.loaded
}()

let fuzzMap: SIEAccountMap? = {
    let text = """
        {"projectDimension": "6", "equity": ["2010-2099"], "ignore": ["8999"],
         "lines": [{"member": "staten", "accounts": "3510-3511"}, {"member": "region", "accounts": "3520"},
                   {"member": "a", "accounts": "3530", "dimension": "8", "objects": ["A"]}, {"income": "P", "accounts": "3590"},
                   {"initiative": "enter", "objects": ["P12"], "accounts": "4000-7999", "budgetAccount": "4610"},
                   {"cost": "Kansli", "accounts": ["5000-6999"]}]}
        """
    return try? SIEAccountMap.decode(Array(text.utf8))
}()

/// Reads the bytes as SIE; whatever they are, the reader must give books or an error at a line
/// and column that exist, never trap. Books are then imported as of two dates and their budget
/// read back, twice, with the same result (determinism).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSIEReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let books: SIEBooks
    do throws(SIEError) {
        books = try SIEReader.read(bytes)
    } catch {
        let lines = bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
        guard error.line >= 1, error.line <= lines, error.column >= 1, error.column <= bytes.count + 1 else {
            fatalError("error at \(error.line):\(error.column) outside the input")
        }
        _ = Catalog(language: .sv).render(error.message)
        return 0
    }
    guard let plan = fuzzPlan, let map = fuzzMap else { fatalError("the fuzz plan or map does not load") }
    for asOf in [PlanDate(year: 2024, month: 6, day: 30), PlanDate(year: 2024, month: 12, day: 31)] {
        let first = SIEFollowUpImport(books: books, map: map, loaded: plan, asOf: asOf, partial: true).run()
        let second = SIEFollowUpImport(books: books, map: map, loaded: plan, asOf: asOf, partial: true).run()
        guard first.issues == second.issues, first.lines == second.lines else { fatalError("the same books gave two results") }
        for issue in first.issues { _ = Catalog(language: .en).render(issue.message) }
        if let followUp = first.followUp, first.lines.allSatisfy({ !$0.outcome.isNegative }) {
            // What would be written must load as a plan.
            guard let spliced = FollowUpSplice.splice(Array(plan.document.bytes), document: plan.document, year: 2024, followUp: followUp)
            else { fatalError("no year to splice into") }
            let options = CheckOptions(today: PlanDate(year: 2026, month: 6, day: 30))
            if case .failure(let error) = Pipeline.check(spliced, file: "spliced.json", options: options) {
                fatalError("the written plan does not load: \(error.message.id)")
            }
        }
    }
    _ = try? SIEBudgetReadBack.lines(books, map: map, plan: plan.plan, year: plan.plan.years[0])
    return 0
}
