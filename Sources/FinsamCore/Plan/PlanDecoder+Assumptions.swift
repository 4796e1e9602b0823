/// Decoding the `assumptions` block: what a projection assumes beyond the plan's last year.
extension PlanDecoder {
    static let assumptionFields: KnownFields = [
        "stateAllocationGrowth", "stateAllocation", "indexation", "initiativeUtilisation",
    ]
    static let indexationFields: KnownFields = ["administration", "operations", "financial"]

    mutating func assumptions(_ field: Field) throws(PlanError) -> Assumptions {
        let fields = try reader(field, known: Self.assumptionFields)
        var result = Assumptions(ref: fields.ref)
        if let growth = fields.optional("stateAllocationGrowth") {
            result.stateAllocationGrowth = try signedPercent(growth).value
        }
        if let byYear = fields.optional("stateAllocation") {
            for grant in try granted(byYear) { result.stateAllocationByYear[grant.year] = grant.amount.money }
        }
        if let indexation = fields.optional("indexation") {
            let categories = try reader(indexation, known: Self.indexationFields)
            for category in CostCategory.allCases {
                guard let value = categories.optional(category.rawValue) else { continue }
                result.indexation[category] = try signedPercent(value).value
            }
        }
        if let utilisation = fields.optional("initiativeUtilisation") {
            result.initiativeUtilisation = try percent(utilisation).value
        }
        return result
    }

    /// A percentage from −100 to 100 with at most two decimals: growth or indexation a year.
    func signedPercent(_ field: Field) throws(PlanError) -> Located<Percent> {
        guard let text = field.numberText ?? field.string else { throw wrongType("percent", field) }
        guard let value = Percent.parse(text[...]), (-10_000...10_000).contains(value.basisPoints) else {
            throw PlanError(Message("assumptions.invalid_growth", [.code(text)]), at: ref(field))
        }
        return Located(value: value, ref: ref(field))
    }
}
