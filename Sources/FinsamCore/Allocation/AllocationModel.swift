/// What the limit did to one federation's allocation.
public enum LimitOutcome: Sendable, Equatable {
    /// No limit in this year's parameters; `assumed` when that is finsam's assumption.
    case notInForce(assumed: Bool)
    /// No allocation last year to compare with.
    case noLastYear
    /// Equity above the reasonable level: not protected.
    case notProtected
    /// The model gave less than the floor; the allocation was raised to it.
    case raised(floor: Money)
    /// The model gave at least the floor.
    case within(floor: Money)
}

/// One federation's allocation, step by step.
public struct FederationAllocation: Sendable, Equatable {
    public let input: FederationInput
    /// The model over every federation: base, the two key parts, and their sum.
    public let base: Money
    public let supportPart: Money
    public let populationPart: Money
    public let model: Money
    /// The cut for equity above the reasonable level (zero when none).
    public let equityReduction: Money
    public let limit: LimitOutcome
    /// True when the federation's maximum is what it got: it declined the rest.
    public let declined: Bool
    /// The allocation, whole kronor.
    public let allocation: Money

    /// The change from last year, when there was an allocation last year.
    public var change: Money? { input.lastYear.flatMap { allocation.subtracting($0) } }
}

/// The national table's result: every federation's allocation, and what could not be given out.
public struct AllocationResult: Sendable, Equatable {
    public let year: Int
    public let total: Money
    public let parameters: ModelParameters
    public let federations: [FederationAllocation]
    /// Money no federation would take (all at their maximum); zero as a rule.
    public let unallocated: Money
    /// True when the total could not give every protected federation its floor in full.
    public let floorsScaled: Bool

    public static func == (lhs: AllocationResult, rhs: AllocationResult) -> Bool {
        lhs.year == rhs.year && lhs.total == rhs.total && lhs.federations == rhs.federations
            && lhs.unallocated == rhs.unallocated && lhs.floorsScaled == rhs.floorsScaled
    }
}

/// Why the model cannot be run on this table.
public struct AllocationError: Error, Sendable, Equatable {
    public let message: Message
}

/// The state's allocation model: the model's shares, then the equity reduction, the limit
/// and the federations' maximums, settled by ``BoundedShare`` so the allocations add up to the
/// total to the krona. See docs/allocation.md.
public enum AllocationModel {
    public static func allocate(
        _ rows: [FederationInput], total: Money, parameters: ModelParameters
    ) throws(AllocationError)
        -> AllocationResult
    {
        guard !rows.isEmpty else { throw AllocationError(message: Message("allocation.no_federations")) }
        guard total.ore >= 0, total.ore % Money.orePerKrona == 0 else {
            throw AllocationError(message: Message("allocation.total_not_whole", [.money(total)]))
        }
        guard let model = ModelShare.split(total, among: rows, parameters: parameters) else {
            throw AllocationError(message: Message("allocation.keys_too_large"))
        }
        let reductions = rows.indices.map { reduction(rows[$0], model: model[$0].total, parameters) }
        let upper = rows.indices.map { index in
            ceiling(rows[index], model: model[index].total, reduction: reductions[index])
        }
        let floors: [Money?] = rows.indices.map { index in floor(rows[index], parameters).map { min($0, upper[index]) }
        }
        let settled = try BoundedShare.settle(
            total, rows: rows, lower: floors.map { $0 ?? .zero }, upper: upper, parameters: parameters)
        let federations = rows.indices.map { index in
            FederationAllocation(
                input: rows[index], base: model[index].base, supportPart: model[index].support,
                populationPart: model[index].population, model: model[index].total, equityReduction: reductions[index],
                limit: limitOutcome(
                    rows[index], floor: floors[index], raised: settled.bounds[index] == .lower, parameters),
                declined: settled.bounds[index] == .upper && rows[index].maximum == upper[index],
                allocation: settled.allocations[index])
        }
        let given = federations.reduce(Int64(0)) { $0 + $1.allocation.ore }
        return AllocationResult(
            year: parameters.year, total: total, parameters: parameters, federations: federations,
            unallocated: Money(ore: total.ore - given), floorsScaled: settled.floorsScaled)
    }

    /// The cut for equity above the level: the parameter's share of the excess, rounded down to
    /// whole kronor (in the federation's favour), at most the model amount.
    static func reduction(_ row: FederationInput, model: Money, _ parameters: ModelParameters) -> Money {
        guard let over = row.equity?.over, over.ore > 0 else { return .zero }
        let scaled = Int128(over.ore) * Int128(parameters.equityReduction.value.basisPoints)
        let kronor = ExactDivision.divide(scaled, by: 10_000 * Int128(Money.orePerKrona), rule: .down) ?? Int64.max
        return Money(kronor: kronor).map { min($0, model) } ?? model
    }

    /// The most a federation can get: its maximum, and for one over the level the model less the
    /// reduction (it gets none of the money re-shared); otherwise no ceiling.
    static func ceiling(_ row: FederationInput, model: Money, reduction: Money) -> Money {
        let unbounded = Money(ore: Int64.max)
        let afterEquity = reduction.isZero ? unbounded : Money(ore: model.ore - reduction.ore)
        return min(row.maximum ?? unbounded, afterEquity)
    }

    /// The floor the limit protects: last year's allocation less the limit, rounded up to whole
    /// kronor (in the federation's favour); nil when the limit does not protect this federation.
    static func floor(_ row: FederationInput, _ parameters: ModelParameters) -> Money? {
        guard let limit = parameters.changeLimit.value, let last = row.lastYear, last.ore > 0 else { return nil }
        if !parameters.overCapProtected.value, let over = row.equity?.over, over.ore > 0 { return nil }
        let kept = Int128(last.ore) * Int128(10_000 - limit.basisPoints)
        let denominator = 10_000 * Int128(Money.orePerKrona)
        let kronor = (kept + denominator - 1) / denominator
        return Int64(exactly: kronor).flatMap(Money.init(kronor:))
    }

    static func limitOutcome(
        _ row: FederationInput, floor: Money?, raised: Bool, _ parameters: ModelParameters
    ) -> LimitOutcome {
        guard parameters.changeLimit.value != nil else {
            return .notInForce(assumed: !parameters.changeLimit.confirmed)
        }
        guard let last = row.lastYear, last.ore > 0 else { return .noLastYear }
        guard let floor else { return .notProtected }
        return raised ? .raised(floor: floor) : .within(floor: floor)
    }
}
