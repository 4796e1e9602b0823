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
    /// `Rörelsens kostnader`: the costs before financial items, the plan's `operatingCosts`.
    case operatingCosts
    case result
    /// `Rörelseresultat`, `Resultat före finansiella poster`: income minus operating costs.
    case operatingResult
    /// `Finansiella intäkter`, `Räntekostnader`: a financial item, settled once the table is
    /// read: a cost line of its group where a printed subtotal counts it (the document counts it
    /// among its costs there), else financial income (its heading or name says intäkt) or a
    /// financial cost (``cost(_:)`` of category financial).
    case financial
    /// A financial income line (other income of category financial).
    case financialIncome
    /// `Finansiella poster`, `Finansnetto`: financial income less financial costs.
    case financialNet
    /// `Summa finansiella intäkter`, `Summa finansiella kostnader`.
    case financialIncomeTotal
    case financialCostsTotal
    /// A subtotal printed directly after other subtotals and equal to their sum (`Summa
    /// verksamhet` = `Summa insatser` + `Summa projekt`): written as a subtotal `of` them. The
    /// parts by placed-row index.
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
        "operatingResult": .operatingResult, "ignore": .ignore, "financialIncome": .financialIncome,
        "financialCost": .cost(.financial), "financialNet": .financialNet,
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
