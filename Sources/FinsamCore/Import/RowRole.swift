/// What a row of a budget table is.
enum RowRole: Equatable, Sendable {
    /// A member's contribution (medlemsbidrag).
    case member(ImportedMember)
    /// All members' contributions in one figure (`Anslag`): the plan derives each member's part
    /// by the 50/25/25 split and the key, and declares the total.
    case contributionsTotal
    case otherIncome
    /// A cost line; its category, or nil to take it from its group or name.
    case cost(CostCategory?)
    case openingEquity
    case closingEquity
    /// `Summa intäkter`: funds available if the table counts opening equity as income above it,
    /// else total income, or total contributions where there is no other income.
    case incomeTotal
    case fundsAvailable
    case totalIncome
    case totalContributions
    /// `Delsumma …`, `Summa …`: the lines above it since the last subtotal or heading.
    case subtotal
    case totalCosts
    /// `Rörelsens kostnader`: the costs before financial items. The plan format has no
    /// financial category yet, so this is the plan's total costs (financial items outside a
    /// group are refused); declared as total costs where no `Summa kostnader` row is printed.
    case operatingCosts
    case result
    /// `Rörelseresultat`: income minus operating costs. Checked by the import; the plan format
    /// has no field for it yet, so it is not written.
    case operatingResult
    /// `Finansiella intäkter`, `Räntekostnader`: a financial item. Kept only as a cost line of
    /// a group whose printed subtotal counts it (the document itself counts it there); zero in
    /// every year, it is left out; otherwise it cannot be placed (the format has no category).
    case financial
    /// A subtotal printed directly after other subtotals and equal to their sum (`Summa
    /// verksamhet` = `Summa insatser` + `Summa projekt`): checked by the import, not written,
    /// since the plan format has no subtotal of subtotals yet. The parts by placed-row index.
    case nestedSubtotal([Int])
    /// A row the mapping says to leave out on purpose.
    case ignore

    /// The names a mapping file may give a role (`"rows": {"Anslag": "contributionsTotal"}`).
    static let named: [String: RowRole] = [
        "contributionsTotal": .contributionsTotal, "otherIncome": .otherIncome,
        "administration": .cost(.administration), "operations": .cost(.operations), "cost": .cost(nil),
        "openingEquity": .openingEquity, "closingEquity": .closingEquity, "incomeTotal": .incomeTotal,
        "fundsAvailable": .fundsAvailable, "totalIncome": .totalIncome, "totalContributions": .totalContributions,
        "subtotal": .subtotal, "totalCosts": .totalCosts, "operatingCosts": .operatingCosts, "result": .result,
        "operatingResult": .operatingResult, "ignore": .ignore,
    ]
}

/// A member found in the table or named in the mapping, with every field a plan's member has.
struct ImportedMember: Equatable, Sendable {
    let id: String
    let name: String
    let kind: Member.Kind
    /// Inhabitants, from the mapping (a table does not print them).
    var population: Int64? = nil
}

/// Which part of the table a row stands in: income comes first, costs after a `Kostnader` row.
enum TableSection: Equatable, Sendable {
    case income
    case costs
}
