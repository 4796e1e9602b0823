/// Shares a total by the model among federations that each have a floor and a ceiling.
///
/// | step | what happens |
/// |------|--------------|
/// | 1 | the federations not yet fixed share what is left by the model (``ModelShare``) |
/// | 2 | any offered more than its ceiling (maximum, or model less equity reduction) is fixed at the ceiling; back to 1 |
/// | 3 | else any offered less than its floor (the limit) is fixed at the floor; back to 1 |
/// | 4 | else the shares of step 1 are final |
///
/// Each round fixes at least one federation, so there are at most as many rounds as federations;
/// a federation once fixed stays fixed. Money set free by a ceiling, and money a floor needs,
/// is thus shared by the model among the others (the `declinedSharedBy` and `limitFundedBy`
/// parameters). When every federation is fixed, what is left is unallocated. Where the floors of
/// the open federations take all that is left or more, each gets its floor scaled down in
/// proportion (largest remainder), and the sharing ends.
enum BoundedShare {
    enum Bound: Sendable, Equatable {
        case lower
        case upper
    }

    struct Settled {
        let allocations: [Money]
        let bounds: [Bound?]
        let floorsScaled: Bool
    }

    static func settle(
        _ total: Money, rows: [FederationInput], lower floors: [Money], upper: [Money], parameters: ModelParameters
    ) throws(AllocationError) -> Settled {
        var fixed: [Money?] = rows.map { _ in nil }
        var bounds: [Bound?] = rows.map { _ in nil }
        var scaled = false
        while true {
            let open = rows.indices.filter { fixed[$0] == nil }
            guard !open.isEmpty else { break }
            let taken = fixed.reduce(Int64(0)) { $0 + ($1?.ore ?? 0) }
            let left = Money(ore: max(0, total.ore - taken))
            if let parts = try scaledFloors(left, open.map { floors[$0] }) {
                for (position, index) in open.enumerated() {
                    fixed[index] = parts[position]
                    bounds[index] = .lower
                }
                scaled = parts != open.map { floors[$0] }
                break
            }
            guard let shares = ModelShare.split(left, among: open.map { rows[$0] }, parameters: parameters) else {
                throw AllocationError(message: Message("allocation.keys_too_large"))
            }
            let over = open.indices.filter { shares[$0].total > upper[open[$0]] }
            let under = open.indices.filter { shares[$0].total < floors[open[$0]] }
            if !over.isEmpty {
                for position in over {
                    fixed[open[position]] = upper[open[position]]
                    bounds[open[position]] = .upper
                }
            } else if !under.isEmpty {
                for position in under {
                    fixed[open[position]] = floors[open[position]]
                    bounds[open[position]] = .lower
                }
            } else {
                for (position, index) in open.enumerated() { fixed[index] = shares[position].total }
                break
            }
        }
        return Settled(allocations: fixed.map { $0 ?? .zero }, bounds: bounds, floorsScaled: scaled)
    }

    /// When the floors of the open federations take all that is left, or more, each gets its
    /// floor scaled to what is left (largest remainder by the floors); nil while they fit.
    static func scaledFloors(_ left: Money, _ floors: [Money]) throws(AllocationError) -> [Money]? {
        guard let sum = Money.sum(floors) else { throw AllocationError(message: Message("allocation.keys_too_large")) }
        guard sum.ore > 0, sum >= left else { return nil }
        guard let parts = Allocation.largestRemainder(left, weights: floors.map { $0.ore / Money.orePerKrona }) else {
            throw AllocationError(message: Message("allocation.keys_too_large"))
        }
        return parts
    }
}
