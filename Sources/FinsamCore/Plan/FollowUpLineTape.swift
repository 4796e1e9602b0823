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
    func reportedLine(at object: Int, costs: Bool) -> FollowUpLines.Reported? {
        guard fastPath, object < nodes.count, nodes[object].kind == .object else { return nil }
        let known = costs ? PlanDecoder.followUpCostFields : PlanDecoder.followUpIncomeFields
        var found = (name: -1, outcome: -1, forecast: -1, category: -1)
        let end = min(nodes[object].next, nodes.count)
        var key = object + 1
        var hint = 0
        while key < end {
            let value = key + 1
            guard value < end, nodes[key].kind == .string,
                let position = stringBytes(key, { known.position(of: $0, hint: hint) }) ?? nil,
                let field = FollowUpKey(rawValue: position)
            else { return nil }
            hint = position + 1
            switch field {
            case .name: found.name = value
            case .outcome: found.outcome = value
            case .forecast: found.forecast = value
            // An income line's category is an income category: the general path reads it.
            case .category:
                guard costs else { return nil }
                found.category = value
            }
            key = max(nodes[value].next, value + 1)
        }
        guard let name = string(found.name), let outcome = amount(found.outcome),
            let forecast = optional(found.forecast, amount), let category = optional(found.category, category)
        else { return nil }
        return FollowUpLines.Reported(
            name: name, outcome: outcome, forecast: forecast, category: category,
            ref: SourceRef(offset: Int(nodes[object].start)))
    }

    /// `.some(nil)` when the field is absent or null, `read`'s value when it reads, nil otherwise.
    private func optional<T>(_ node: Int, _ read: (Int) -> T?) -> T?? {
        if node < 0 || node >= nodes.count || nodes[node].kind == .null { return .some(nil) }
        return read(node).map { .some($0) }
    }
}
