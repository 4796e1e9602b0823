/// Decoding the parts of a year that describe its income statement beyond the lines: a cost
/// budget given as a total (`budgetTotals`), and declared subtotals, which may add up other
/// subtotals (`of`).
extension PlanDecoder {
    static let budgetTotalsFields: KnownFields = ["costs"]

    /// `budgetTotals: {"costs": 5000000}`: the year's operating costs as one figure. The cost
    /// lines, if any, itemise part of it; the rest is the year's unitemised costs. Lines that
    /// add up to more than the total are an input error at the total.
    mutating func budgetTotals(_ field: Field, of year: inout Year) throws(PlanError) {
        let fields = try reader(field, known: Self.budgetTotalsFields)
        let total = try nonNegativeAmount(try fields.required("costs"))
        let operating = year.costs.filter { $0.category != .financial }.map(\.amount.money)
        guard let itemised = Money.sum(operating) else {
            throw PlanError(Message("amount.sum_overflow", [.integer(year.year)]), at: year.ref)
        }
        guard let rest = total.money.subtracting(itemised), !rest.isNegative else {
            throw PlanError(
                Message("statement.costs_over_total", [.money(itemised), .money(total.money)]), at: total.ref)
        }
        year.costsTotal = total
        year.unitemisedCosts = Amount(money: rest, ref: total.ref, precision: total.precision)
    }

    /// A year's declared subtotals. Those with `of` name other subtotals of the same list by
    /// label; an unknown label, or a subtotal that counts itself, is an input error.
    mutating func subtotals(_ field: Field) throws(PlanError) -> [Subtotal] {
        var result: [Subtotal] = []
        // The `of` parts of every subtotal, one after another, and where each subtotal's start
        // (its scope is set once every label is known): flat arrays of types the run already
        // has, where an array of labelled tuples was two more types made at every start-up.
        var parts: [Located<String>] = []
        var partStarts: [Int] = []
        for element in try array(field) {
            let fields = try reader(element, known: Self.subtotalFields)
            var scope = Subtotal.Scope.subtotals([])
            partStarts.append(parts.count)
            switch (fields.optional("category"), fields.optional("group"), fields.optional("of")) {
            case (let category?, nil, nil): scope = .category(try enumeration(category, CostCategory.self))
            case (nil, let group?, nil): scope = .group(try string(group).value)
            case (nil, nil, let of?):
                let listed = try array(of).map { (f) throws(PlanError) in try string(f) }
                guard !listed.isEmpty else { throw PlanError(Message("plan.subtotal_scope"), at: ref(of)) }
                parts += listed
            default: throw PlanError(Message("plan.subtotal_scope"), at: fields.ref)
            }
            result.append(
                Subtotal(
                    label: try string(try fields.required("label")).value, scope: scope,
                    amount: try amount(try fields.required("amount")), ref: fields.ref))
        }
        partStarts.append(parts.count)
        let labels = parts.isEmpty ? [:] : SubtotalOrder.firstPositions(ofLabels: result)
        for index in result.indices where partStarts[index] < partStarts[index + 1] {
            var positions: [Int] = []
            for part in parts[partStarts[index]..<partStarts[index + 1]] {
                guard let position = labels[part.value] else {
                    throw PlanError(
                        Message("statement.subtotal_unknown", [.text(result[index].label), .text(part.value)]),
                        at: part.ref)
                }
                positions.append(position)
            }
            result[index].scope = .subtotals(positions)
        }
        try Self.refuseCycles(result)
        return result
    }

    /// A subtotal that counts itself, directly or through others, has no value: an input error
    /// at a subtotal on the way round, naming it.
    private static func refuseCycles(_ subtotals: [Subtotal]) throws(PlanError) {
        guard let cycle = SubtotalOrder.cycle(in: subtotals), let first = cycle.first else { return }
        // Labels bare, so the message's language quotes only the one it names.
        let names = (cycle + [first]).map { subtotals[$0].label }.joined(separator: " → ")
        throw PlanError(
            Message("statement.subtotal_cycle", [.text(subtotals[first].label), .text(names)]),
            at: subtotals[first].ref)
    }
}
