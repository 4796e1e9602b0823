/// Reconciles the table's printed totals with the plan made from it, before anything is written.
///
/// 1. The plan is built and computed (its ledger), and every printed total is compared.
/// 2. Where totals disagree, a cost row that is the sum of the lines above it is read as
///    their subtotal (``TableReader/readingSubtotals()``), if that leaves fewer disagreements.
/// 3. A total that still disagrees is the sheet's own slip when its other totals agree with
///    the lines (a note: written as printed, and `finsam validate` reports it); otherwise an
///    issue at its cell, and the figure is left out of the plan, so that nothing is written
///    unless `--partial` asks for the rest.
struct ImportReconciliation {
    private(set) var reader: TableReader
    private var extraNotes: [ImportIssue] = []

    init(reader: TableReader) {
        self.reader = reader
    }

    mutating func result() -> ImportResult {
        var build = ImportedPlan(reader: reader)
        guard let first = build.plan() else { return finish(build, plan: nil, mismatches: []) }
        // A plan that does not load is returned as it is: the command loads it before writing
        // and reports why, in the plan's terms.
        guard let ledger = Self.ledger(of: first) else { return finish(build, plan: first, mismatches: []) }
        var mismatches = SheetTotals(placed: reader.placed, ledger: ledger).mismatches()
        if mismatches.contains(where: { !$0.sheetSlip }), let repaired = repair(after: mismatches) {
            (build, mismatches) = repaired
        }
        extraNotes += uncheckedNotes()
        let wrong = Set(mismatches.filter { !$0.sheetSlip }.map(\.place))
        var final = ImportedPlan(reader: reader, withheld: wrong)
        let plan = final.plan()
        return finish(final, plan: plan, mismatches: mismatches)
    }

    /// The plan computed as `finsam validate` computes it; nil when it does not load (the
    /// command reports that when it loads the plan before writing).
    static func ledger(of plan: JSONOutput) -> Ledger? {
        // An imported plan has no waivers, so the day they would be judged on does not matter.
        let options = CheckOptions(today: PlanDate(year: 2000, month: 1, day: 1))
        guard
            case .success(let checked) = Pipeline.check(
                Array(plan.rendered().utf8), file: "imported.json", options: options)
        else { return nil }
        return checked.ledger
    }

    /// The rows read again with cost rows that add up the lines above them as subtotals; nil
    /// unless that leaves fewer totals in disagreement.
    private mutating func repair(after mismatches: [SheetTotals.Mismatch]) -> (ImportedPlan, [SheetTotals.Mismatch])? {
        var candidate = reader
        let changed = candidate.readingSubtotals()
        guard !changed.isEmpty else { return nil }
        var build = ImportedPlan(reader: candidate)
        guard let plan = build.plan(), let ledger = Self.ledger(of: plan) else { return nil }
        let after = SheetTotals(placed: candidate.placed, ledger: ledger).mismatches()
        guard after.filter({ !$0.sheetSlip }).count < mismatches.filter({ !$0.sheetSlip }).count else { return nil }
        reader = candidate
        for index in changed {
            let row = reader.placed[index]
            extraNotes.append(
                ImportIssue(row: row.line, column: 1, Message("import.read_as_subtotal", [.code(row.name)])))
        }
        return (build, after)
    }

    /// What no printed total can settle: a sheet with no costs total, where a cost row that
    /// adds up the lines above it may be their subtotal (a note names it: the mapping can say
    /// `"subtotal"`), and a sheet with no totals at all.
    private func uncheckedNotes() -> [ImportIssue] {
        let costTotals: [RowRole] = [.totalCosts, .operatingCosts, .result, .operatingResult, .closingEquity]
        guard !reader.placed.contains(where: { costTotals.contains($0.role) }) else { return [] }
        var candidate = reader
        var notes = candidate.readingSubtotals().map { index in
            ImportIssue(
                row: reader.placed[index].line, column: 1,
                Message("import.maybe_subtotal", [.code(reader.placed[index].name)]))
        }
        if !reader.placed.contains(where: {
            ![.openingEquity, .ignore].contains($0.role) && SheetTotals.isTotal($0.role)
        }) {
            notes.append(ImportIssue(row: 0, column: 0, Message("import.nothing_to_check")))
        }
        return notes
    }

    private func finish(_ build: ImportedPlan, plan: JSONOutput?, mismatches: [SheetTotals.Mismatch]) -> ImportResult {
        var issues = build.issues
        var notes = reader.notes + extraNotes
        for mismatch in mismatches {
            let row = reader.placed[mismatch.place.row]
            let column = reader.columns[mismatch.place.year]
            let arguments: [Message.Argument] = [
                .code(row.name), .integer(column.year), .money(mismatch.printed), .money(mismatch.computed),
            ]
            let issue = ImportIssue(
                row: row.line, column: column.column,
                Message(mismatch.sheetSlip ? "import.sheet_slip" : "import.total_differs", arguments))
            if mismatch.sheetSlip { notes.append(issue) } else { issues.append(issue) }
        }
        if mismatches.contains(where: { !$0.sheetSlip }) { notes += otherSignNotes() }
        let placement = ImportPlacement.describe(build, mismatches: mismatches)
        return ImportResult(
            plan: issues.contains(where: \.fatal) ? nil : plan, issues: issues, notes: notes,
            years: reader.columns.count, members: build.members.count,
            costLines: reader.placed.filter { if case .cost = $0.role { return true } else { return false } }.count,
            placement: placement, unit: reader.unit)
    }

    /// Cost lines printed with the other sign than most: a credit (a refund) among costs,
    /// which a plan cannot hold (its costs are positive), is the usual cause of totals that
    /// disagree with every line placed.
    private func otherSignNotes() -> [ImportIssue] {
        let lines = reader.placed.filter { if case .cost = $0.role { return true } else { return false } }
        let signs = lines.map { row in row.values.compactMap { $0 }.contains { $0.money.isNegative } }
        let negative = signs.filter { $0 }.count
        guard negative > 0 && negative * 2 != signs.count else { return [] }
        let minority = negative * 2 < signs.count
        return zip(lines, signs).filter { $0.1 == minority }.map { row, _ in
            ImportIssue(row: row.line, column: 1, Message("import.other_sign", [.code(row.name)]))
        }
    }
}
