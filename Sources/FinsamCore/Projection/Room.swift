/// The room for new initiatives in one year.
///
/// Extra spending of X in year t is a one-off cost: it lowers the closing equity of year t and
/// of every later year by X, and changes no contribution, so no cap. Hence
///
/// - **room** = min over years j ≥ t of (closing equity_j − floor), and never below zero: the
///   largest X that keeps every later year at or above the floor (zero when the policy has none);
///   the year where the minimum is reached (the earliest, on a tie) **binds**;
/// - **shortfall** = how far that minimum is below the floor, when it is: spending must be cut
///   by at least this much, there is no room;
/// - **to reach the cap** = closing equity_t − cap_t when positive: the least extra spending in
///   year t that brings that year's equity down to the cap.
///
/// Each year's room assumes no new spending in any other year: rooms of different years are
/// alternatives, not amounts to add up.
public struct YearRoom: Sendable, Equatable {
    public let year: Int
    public let room: Money
    public let bindingYear: Int
    /// The binding year's closing equity.
    public let bindingEquity: Money
    public let floor: Money
    public let shortfall: Money
    /// The year's cap, nil where it cannot be computed.
    public let cap: Money?
    public let toReachCap: Money
    /// True when reaching the cap would take more than the room: the cap and the floor cannot
    /// both hold with one-off spending in this year.
    public var conflicts: Bool { toReachCap > room }
}

public enum RoomCalculator {
    /// The room of each year of the ledger, from index `from` on. A year whose equity the plan
    /// does not state has no room, nor has any year before it (the room looks at later years):
    /// only the years from the first known equity on have one.
    public static func rooms(_ ledger: Ledger, from: Int = 0) -> [YearRoom]? {
        let floor = ledger.plan.policy.equityFloor?.money ?? .zero
        let years = ledger.years
        guard from >= 0, from <= years.count else { return nil }
        var result: [YearRoom] = []
        // Walk backwards, carrying the lowest later closing equity and its (earliest) year.
        var lowest: (equity: Money, year: Int)?
        for year in years[from...].reversed() {
            guard let closing = year.closingEquity else { break }
            if let current = lowest, current.equity < closing {
                // keep the later, lower year
            } else {
                lowest = (closing, year.number)
            }
            guard let lowest, let headroom = lowest.equity.subtracting(floor),
                let shortfall = headroom.isNegative ? headroom.negated() : .zero
            else { return nil }
            // Without a cap there is nothing to reach; a difference that cannot be held is no room.
            var toReachCap = Money.zero
            if let cap = year.equityCap {
                guard let over = closing.subtracting(cap.amount) else { return nil }
                if !over.isNegative { toReachCap = over }
            }
            result.append(
                YearRoom(
                    year: year.number,
                    room: headroom.isNegative ? .zero : headroom,
                    bindingYear: lowest.year, bindingEquity: lowest.equity, floor: floor,
                    shortfall: shortfall,
                    cap: year.equityCap?.amount,
                    toReachCap: toReachCap))
        }
        return result.reversed()
    }
}
