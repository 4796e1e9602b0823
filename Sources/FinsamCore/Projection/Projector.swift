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
/// same rules as the years the file writes. Made only by ``Pipeline``.
public struct Projection: Sendable {
    /// The kept and projected years.
    public let plan: Plan
    public let ledger: Ledger
    /// The last year taken from the file.
    public let baseYear: Int
    /// The years finsam added.
    public let projectedYears: ClosedRange<Int>
    public let assumptions: Assumptions
    /// The position the projected years start from: the base year's closing equity, as
    /// budgeted or as forecast.
    public let start: ProjectionStart

    public func isProjected(_ year: Int) -> Bool { projectedYears.contains(year) }

    /// The findings of a projected run: the file's own findings about the years kept (exactly
    /// `validate`'s), and the rules' findings about the projected years.
    func findings(besides known: [Finding], loaded: LoadedPlan, rules: [any Rule]) -> [Finding] {
        let kept = known.filter { finding in finding.year.map { $0 <= baseYear } ?? true }
        let context = loaded.ruleContext(plan: plan, ledger: ledger)
        let projected = RuleStage.findings(context, rules: rules).filter { finding in
            finding.year.map(isProjected) ?? false
        }
        return kept + projected
    }
}

/// Where a projection starts: the closing equity of its base year, and whether that is a
/// forecast's (the latest known position) or the budget's.
public struct ProjectionStart: Sendable, Equatable {
    public let year: Int
    /// Nil where the plan does not state its equity: the projected years' results are known,
    /// their equity is not.
    public let closingEquity: Money?
    /// The date of the follow-up the start rests on, nil when it is the budget's.
    public let forecastAsOf: PlanDate?
}

/// Rolls a plan forward year by year.
public enum Projector {
    /// The most years a projection may add.
    public static let maxYears = 50

    /// Projects `years` years after `from` (default: the plan's last year), from the latest
    /// known position: where a year up to the base is followed up, from its forecast.
    static func project(
        _ plan: Plan, forecasts: [ForecastYear], years count: Int, from: Int? = nil, assumptions: Assumptions
    ) throws(ProjectionError) -> Projection {
        guard (1...maxYears).contains(count) else {
            throw ProjectionError(.usage, Message("projection.years_range", [.integer(count), .integer(maxYears)]))
        }
        guard let first = plan.years.first, let last = plan.years.last else {
            throw ProjectionError(.input, Message("plan.no_years"))
        }
        let base = from ?? last.year
        guard let baseIndex = plan.years.firstIndex(where: { $0.year == base }) else {
            throw ProjectionError(
                .usage, Message("projection.from_unknown", [.integer(base), .integer(first.year), .integer(last.year)]))
        }
        guard base + count <= 2999 else {
            throw ProjectionError(.usage, Message("projection.too_far", [.integer(base + count)]))
        }
        let kept = Array(plan.years[...baseIndex])
        let known = try knownPosition(plan, forecasts: forecasts, baseIndex: baseIndex)
        var roller = YearRoller(plan: plan, assumptions: assumptions, base: known.year, baseLedger: known.ledger)
        var projected: [Year] = []
        for year in (base + 1)...(base + count) {
            projected.append(try roller.next(year))
        }
        let extended = plan.replacingYears(kept + projected)
        let start = ProjectionStart(year: base, closingEquity: known.ledger.closingEquity, forecastAsOf: known.asOf)
        let ledger = try ledger(for: extended, restart: (kept.count, start.closingEquity))
        return Projection(
            plan: extended, ledger: ledger, baseYear: base, projectedYears: (base + 1)...(base + count),
            assumptions: assumptions, start: start)
    }

    /// The base year as last known: its forecast, or the budget's figures carried from the
    /// latest forecast before it, or the budget's alone.
    private static func knownPosition(
        _ plan: Plan, forecasts: [ForecastYear], baseIndex: Int
    ) throws(ProjectionError) -> (year: Year, ledger: YearLedger, asOf: PlanDate?) {
        if let latest = forecasts.last(where: { $0.index <= baseIndex }) {
            // The forecast's ledger made once: its plan is the forecast's plan (each is made
            // when asked for, ``ForecastYear``).
            let ledger = latest.ledger
            return (ledger.plan.years[baseIndex], ledger.years[baseIndex], latest.asOf)
        }
        let budget = try ledger(for: plan.replacingYears(Array(plan.years[...baseIndex])))
        return (plan.years[baseIndex], budget.years[baseIndex], nil)
    }

    private static func ledger(
        for plan: Plan, restart: (index: Int, opening: Money?)? = nil
    ) throws(ProjectionError) -> Ledger {
        do throws(PlanError) {
            return try Ledger(plan: plan, parallelism: .serial, restart: restart)
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
