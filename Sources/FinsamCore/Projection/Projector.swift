/// Why a projection cannot be made. The CLI maps `usage` to exit 64 and `input` to exit 2.
public struct ProjectionError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The request does not fit the plan (e.g. `--from` names a year the plan does not have).
        case usage
        /// The plan cannot be rolled forward (e.g. no state member to derive contributions from).
        case input
    }

    public let kind: Kind
    public let message: Message

    public init(_ kind: Kind, _ message: Message) {
        self.kind = kind
        self.message = message
    }
}

/// A plan rolled forward: the plan's years up to the base year, then the projected years, all
/// ordinary ``Year``s with status `plan`, computed by the same ``Ledger`` and checked by the
/// same rules as the years the file writes.
public struct Projection: Sendable {
    /// The extended plan, its ledger and source map: what rules and reports read.
    public let loaded: LoadedPlan
    /// The last year taken from the file.
    public let baseYear: Int
    /// The years finsam added.
    public let projectedYears: ClosedRange<Int>
    public let assumptions: Assumptions

    public func isProjected(_ year: Int) -> Bool { projectedYears.contains(year) }
}

/// Rolls a plan forward year by year.
public enum Projector {
    /// The most years a projection may add.
    public static let maxYears = 50

    /// Projects `years` years after `from` (default: the plan's last year).
    public static func project(
        _ loaded: LoadedPlan, years count: Int, from: Int? = nil, assumptions: Assumptions? = nil
    ) throws(ProjectionError) -> Projection {
        let plan = loaded.plan
        guard (1...maxYears).contains(count) else {
            throw ProjectionError(.usage, Message("projection.years_range", [.integer(count), .integer(maxYears)]))
        }
        guard let first = plan.years.first, let last = plan.years.last else {
            throw ProjectionError(.input, Message("plan.no_years"))
        }
        let base = from ?? last.year
        guard let baseIndex = plan.years.firstIndex(where: { $0.year == base }) else {
            throw ProjectionError(.usage, Message("projection.from_unknown", [.integer(base), .integer(first.year), .integer(last.year)]))
        }
        guard base + count <= 2999 else {
            throw ProjectionError(.usage, Message("projection.too_far", [.integer(base + count)]))
        }
        let assumptions = assumptions ?? plan.assumptions
        let kept = Array(plan.years[...baseIndex])
        let keptLedger = try ledger(for: plan, years: kept)
        var roller = YearRoller(plan: plan, assumptions: assumptions, base: kept[baseIndex], baseLedger: keptLedger.years[baseIndex])
        var projected: [Year] = []
        for year in (base + 1)...(base + count) {
            projected.append(try roller.next(year))
        }
        // Copies, so every other field of the plan and the loaded file (whatever they gain) stays.
        var extended = loaded
        extended.plan = plan.replacingYears(kept + projected)
        extended.ledger = try ledger(for: extended.plan, years: extended.plan.years)
        return Projection(loaded: extended, baseYear: base, projectedYears: (base + 1)...(base + count), assumptions: assumptions)
    }

    private static func ledger(for plan: Plan, years: [Year]) throws(ProjectionError) -> Ledger {
        do throws(PlanError) {
            return try Ledger(plan: plan.replacingYears(years))
        } catch {
            throw ProjectionError(.input, error.message)
        }
    }
}

extension Plan {
    /// The same plan with other years.
    func replacingYears(_ years: [Year]) -> Plan {
        var copy = self
        copy.years = years
        return copy
    }
}
