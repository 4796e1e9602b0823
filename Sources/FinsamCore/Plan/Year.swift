/// One year of the plan.
public struct Year: Sendable {
    public let year: Int
    public let status: YearStatus
    /// Member contributions (medlemsbidrag), keyed by member id, in file order; held by column
    /// (``Contributions``), since a large federation has one per member per year.
    public let contributions: Contributions
    /// Income that is not a member contribution (e.g. project funds from elsewhere).
    public let otherIncome: [IncomeLine]
    /// Cost lines, as written or, for a forecast, made from its figures (``CostLines``).
    public let costs: CostLines
    /// Why a year with a negative result is acceptable (balanskrav).
    public let deficitReason: String?
    /// The figures the document itself prints, for checking its arithmetic.
    public var declared: DeclaredFigures? { declaredBox?.figures }
    /// A split key for this year only, where it differs from the policy's.
    public let municipalSplit: MunicipalSplit?
    public let ref: SourceRef
    /// The follow-up during the year (`followUp`): outcome to date and forecast, if written.
    public internal(set) var followUp: FollowUp? {
        get { followUpBox?.followUp }
        set { followUpBox = newValue.map(FollowUpBox.init) }
    }
    /// The follow-up and the declared figures, each behind a reference: held inline they were
    /// 1 000 of a year's 1 192 bytes, and a forecast's plan is the plan's years copied with one
    /// replaced (a plan followed up in each of 1 000 years copied a million years).
    private var followUpBox: FollowUpBox? = nil
    private let declaredBox: DeclaredBox?
    /// For a year made from a follow-up (``FollowUp/forecastYear(of:)``): the follow-up's date.
    public internal(set) var forecastAsOf: PlanDate? = nil
    /// Operating costs the document gives only as part of a total (`budgetTotals.costs` less the
    /// year's cost lines): counted in the year's costs, in no category and for no initiative.
    public internal(set) var unitemisedCosts: Amount? = nil
    /// The year's operating costs as the document gives them in one figure (`budgetTotals.costs`).
    public internal(set) var costsTotal: Amount? = nil

    init(
        year: Int, status: YearStatus, contributions: Contributions, otherIncome: [IncomeLine], costs: CostLines,
        deficitReason: String?, declared: DeclaredFigures?, municipalSplit: MunicipalSplit?, ref: SourceRef
    ) {
        self.year = year
        self.status = status
        self.contributions = contributions
        self.otherIncome = otherIncome
        self.costs = costs
        self.deficitReason = deficitReason
        self.declaredBox = declared.map(DeclaredBox.init)
        self.municipalSplit = municipalSplit
        self.ref = ref
    }
}

/// A year's follow-up, held once however often the year is copied.
final class FollowUpBox: Sendable {
    let followUp: FollowUp

    init(_ followUp: FollowUp) { self.followUp = followUp }
}

/// A year's declared figures, held once however often the year is copied.
final class DeclaredBox: Sendable {
    let figures: DeclaredFigures

    init(_ figures: DeclaredFigures) { self.figures = figures }
}
