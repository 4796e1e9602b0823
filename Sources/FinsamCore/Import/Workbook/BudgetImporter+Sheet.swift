extension BudgetImporter {
    /// Imports a worksheet: the same reading as a CSV table, with what the sheet itself gets
    /// wrong (a formula without a cached value, an amount merged over columns) among the issues,
    /// so a figure finsam cannot see is reported, never taken as blank in silence.
    public func run(sheet: WorksheetTable) -> ImportResult {
        let result = run(sheet)
        let issues = (sheet.issues + result.issues).enumerated().sorted { a, b in
            (a.element.row, a.element.column, a.offset) < (b.element.row, b.element.column, b.offset)
        }.map(\.element)
        var sheetResult = ImportResult(
            plan: result.plan, issues: issues, notes: result.notes, years: result.years,
            members: result.members, costLines: result.costLines)
        // What each row became, and the unit, as for a CSV table.
        sheetResult.placement = result.placement
        sheetResult.unit = result.unit
        return sheetResult
    }
}
