extension CostLineTape {
    /// Positions of the fields in ``PlanDecoder/followUpCostFields`` (the income fields are the
    /// first four of them). A cost line naming an initiative or group takes the general path.
    private enum FollowUpKey: Int {
        case name, outcome, forecast, category
    }

    /// A follow-up's outcome line read straight from the tape when its keys are all known, its
    /// strings have no escapes and its amounts the common form; nil sends it to the general
    /// path (``PlanDecoder/reportedLine(_:costs:)``), which gives the same line or the exact
    /// error. A follow-up of 100 000 lines made a ``FieldReader`` and a `String` per value.
    /// A name with the bytes of `budgetName` is that string itself (``string(_:reusing:)``).
    func reportedLine(at object: Int, costs: Bool, sameNameAs budgetName: String? = nil) -> FollowUpLines.Reported? {
        let known = costs ? PlanDecoder.followUpCostFields : PlanDecoder.followUpIncomeFields
        var found = (name: -1, outcome: -1, forecast: -1, category: -1)
        let read = forEachField(of: object, in: known) { position, value in
            switch FollowUpKey(rawValue: position) {
            case .name?: found.name = value
            case .outcome?: found.outcome = value
            case .forecast?: found.forecast = value
            // An income line's category is an income category: the general path reads it.
            case .category?:
                guard costs else { return false }
                found.category = value
            case nil: return false
            }
            return true
        }
        guard read else { return nil }
        guard let name = string(found.name, reusing: budgetName), let outcome = amount(found.outcome),
            let forecast = optional(found.forecast, amount), let category = optional(found.category, category)
        else { return nil }
        return FollowUpLines.Reported(
            name: name, outcome: outcome, forecast: forecast, category: category,
            ref: SourceRef(offset: Int(nodes[object].start)))
    }
}
