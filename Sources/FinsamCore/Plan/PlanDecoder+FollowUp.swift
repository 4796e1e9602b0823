/// Decoding a year's `followUp`: the outcome to date at `asOf`, the forecast for the rest of
/// the year, and the declared interim figures.
extension PlanDecoder {
    static let followUpFields: KnownFields = ["asOf", "income", "costs", "forecastRest", "interim", "declared"]
    static let followUpIncomeFields: KnownFields = ["name", "outcome", "forecast", "category"]
    static let followUpCostFields: KnownFields = ["name", "outcome", "forecast", "category", "initiative", "group"]
    static let forecastRestFields: KnownFields = ["income", "costs"]
    static let interimFields: KnownFields = ["income", "costs", "result", "balanceSheet"]
    static let followUpPolicyFields: KnownFields = ["over", "under"]

    mutating func followUp(_ field: Field, year: Year, members: [Member]) throws(PlanError) -> FollowUp {
        let fields = try reader(field, known: Self.followUpFields)
        let asOfField = try fields.required("asOf")
        let asOf = try date(asOfField)
        guard asOf.year == year.year else {
            throw PlanError(
                Message("followup.as_of_outside_year", [.code(asOf.description), .integer(year.year)]),
                at: ref(asOfField))
        }
        var restIncome: Amount?
        var restCosts: Amount?
        if let rest = fields.optional("forecastRest") {
            let totals = try reader(rest, known: Self.forecastRestFields)
            restIncome = try totals.optional("income").map { (f) throws(PlanError) in try nonNegativeAmount(f) }
            restCosts = try totals.optional("costs").map { (f) throws(PlanError) in try nonNegativeAmount(f) }
        }
        // Asked only of an outcome line the budget does not have: the set is made then, not for
        // every follow-up (a federation of 20 000 members with a follow-up in each of 20 years).
        var memberSet: Set<String>? = nil
        let isMember = { (id: String) -> Bool in
            if memberSet == nil { memberSet = Set(members.map(\.id)) }
            return memberSet?.contains(id) ?? false
        }
        let incomeBudget = FollowUpSide.Labels.income(year.contributions, year.otherIncome)
        let costBudget = FollowUpSide.Labels.costs(year.costs.written ?? Array(year.costs))
        let income =
            try fields.optional("income").map { (f) throws(PlanError) in
                try reported(f, costs: false, budget: incomeBudget)
            } ?? []
        let costs =
            try fields.optional("costs").map { (f) throws(PlanError) in try reported(f, costs: true, budget: costBudget)
            }
            ?? []
        let incomeLines = try FollowUpLines.lines(
            budget: incomeBudget, income, rest: restIncome, isMember: isMember, year: year.year, at: fields.ref,
            fastPath: useFastPaths)
        let unitemised = year.unitemisedCosts?.money
        let costLines = try FollowUpLines.lines(
            budget: costBudget, costs, rest: restCosts, isMember: { _ in false }, year: year.year,
            at: fields.ref, unitemised: unitemised, fastPath: useFastPaths)
        let incomeTotals = try FollowUpLines.totals(incomeLines, year: year.year, at: fields.ref)
        let costTotals = try FollowUpLines.totals(costLines, year: year.year, at: fields.ref, unitemised: unitemised)
        var followUp = FollowUp(
            asOf: asOf, asOfRef: ref(asOfField), income: incomeLines, costs: costLines,
            incomeTotals: incomeTotals, costTotals: costTotals,
            result: try FollowUpLines.result(incomeTotals, costTotals, year: year.year, at: fields.ref),
            interim: try fields.optional("interim").map { (f) throws(PlanError) in try interim(f) },
            declared: try fields.optional("declared").map { (f) throws(PlanError) in try declared(f) },
            ref: fields.ref)
        followUp.costBudgetTotal = year.costsTotal
        return followUp
    }

    /// The outcome lines of one side, as written: each through
    /// ``CostLineTape/reportedLine(at:costs:sameNameAs:)`` when it has the common form, else
    /// through ``reportedLine(_:costs:)``. A line named as the budget line at its position is
    /// given that line's name, not a string of its own (the follow-up mostly lists the budget's
    /// lines in the budget's order).
    mutating func reported(
        _ field: Field, costs: Bool, budget: FollowUpSide.Labels
    ) throws(PlanError) -> [FollowUpLines.Reported] {
        guard field.isArray else { throw wrongType("array", field) }
        let document = field.document
        return try CostLineTape.read(document, unit: unit, fastPath: useFastPaths) { (tape) throws(PlanError) in
            var lines: [FollowUpLines.Reported] = []
            lines.reserveCapacity(tape.childCount(of: field.index))
            var element = field.index + 1
            let end = min(tape.nodes[field.index].next, tape.nodes.count)
            while element < end {
                let budgetName = lines.count < budget.count ? budget.name(at: lines.count) : nil
                if let line = tape.reportedLine(at: element, costs: costs, sameNameAs: budgetName) {
                    lines.append(line)
                } else {
                    lines.append(try reportedLine(JSONValue(document: document, index: element), costs: costs))
                }
                element = max(tape.nodes[element].next, element + 1)
            }
            return lines
        }
    }

    /// One outcome line by the general path: any form the format allows, and every error it can have.
    mutating func reportedLine(_ element: Field, costs: Bool) throws(PlanError) -> FollowUpLines.Reported {
        let fields = try reader(element, known: costs ? Self.followUpCostFields : Self.followUpIncomeFields)
        let category = fields.optional("category")
        var line = FollowUpLines.Reported(
            name: try string(try fields.required("name")).value,
            outcome: try nonNegativeAmount(try fields.required("outcome")),
            forecast: try fields.optional("forecast").map { (f) throws(PlanError) in try nonNegativeAmount(f) },
            category: costs ? try category.map { (f) throws(PlanError) in try enumeration(f, CostCategory.self) } : nil,
            ref: fields.ref)
        if costs {
            line.initiativeID = try fields.optional("initiative").map { (f) throws(PlanError) in
                try identifier(f).value
            }
            line.group = try fields.optional("group").map { (f) throws(PlanError) in try string(f).value }
        } else {
            line.incomeCategory = try category.map { (f) throws(PlanError) in try enumeration(f, IncomeCategory.self) }
        }
        return line
    }

    mutating func interim(_ field: Field) throws(PlanError) -> InterimFigures {
        let fields = try reader(field, known: Self.interimFields)
        func optionalAmount(_ key: String) throws(PlanError) -> Amount? {
            try fields.optional(key).map { (f) throws(PlanError) in try amount(f) }
        }
        return InterimFigures(
            income: try optionalAmount("income"), costs: try optionalAmount("costs"),
            result: try optionalAmount("result"),
            balanceSheet: try fields.optional("balanceSheet").map { (f) throws(PlanError) in try balanceSheet(f) },
            ref: fields.ref)
    }

    /// `policy.followUp`: `{"over": 10, "under": 20}`, percentage points of the year.
    mutating func followUpPolicy(_ field: Field) throws(PlanError) -> FollowUpPolicy {
        let fields = try reader(field, known: Self.followUpPolicyFields)
        return FollowUpPolicy(
            over: try fields.optional("over").map { (f) throws(PlanError) in try percent(f).value }
                ?? FollowUpPolicy.defaults.over,
            under: try fields.optional("under").map { (f) throws(PlanError) in try percent(f).value }
                ?? FollowUpPolicy.defaults.under)
    }
}
