import FinsamCore

/// The command-line overrides of a plan's `assumptions` block, read once from the arguments.
struct ProjectionOptions: Sendable {
    static let growth = percent(
        "--growth", signed: true, "State allocation growth, percent a year (overrides the plan; may be negative).")
    static let allocation = Option<[(year: Int, amount: String)]>(
        .option("--allocation", "YEAR=AMOUNT,...", "Fixed state allocations by year, in the plan's unit."),
        read: allocations)
    static let indexAdministration = percent(
        "--index-administration", signed: true, "Indexation of administration costs, percent a year.")
    static let indexOperations = percent(
        "--index-operations", signed: true, "Indexation of operations costs, percent a year.")
    static let utilisation = percent(
        "--utilisation", signed: false, "Share of granted initiative funds budgeted, 0 to 100 (e.g. 90).")

    static var specs: [OptionSpec] {
        [growth.spec, allocation.spec, indexAdministration.spec, indexOperations.spec, utilisation.spec]
    }

    var growth: Percent?
    var indexAdministration: Percent?
    var indexOperations: Percent?
    var utilisation: Percent?
    /// `--allocation` entries: a year and its amount as written, read in the plan's unit.
    var allocations: [(year: Int, amount: String)] = []

    init(arguments: ParsedArguments) throws(UsageError) {
        growth = try arguments(Self.growth)
        indexAdministration = try arguments(Self.indexAdministration)
        indexOperations = try arguments(Self.indexOperations)
        utilisation = try arguments(Self.utilisation)
        allocations = try arguments(Self.allocation) ?? []
    }

    /// `2026=2200000,2027=2300000`: years and amounts as written (read in the plan's unit later).
    private static func allocations(_ text: String) throws(UsageError) -> [(year: Int, amount: String)] {
        var result: [(year: Int, amount: String)] = []
        for entry in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let year = Int(parts[0]), (1900...2999).contains(year),
                case .success(let money) = Money.parse(parts[1], unit: .kr), !money.isNegative
            else {
                throw UsageError(
                    message:
                        "--allocation takes YEAR=AMOUNT pairs separated by commas, e.g. 2026=2200000; not '\(entry)'")
            }
            result.append((year, String(parts[1])))
        }
        return result
    }

    /// True when any override is given.
    var isEmpty: Bool {
        growth == nil && indexAdministration == nil && indexOperations == nil && utilisation == nil
            && allocations.isEmpty
    }

    /// The plan's assumptions with the overrides applied; an amount with more decimals than the
    /// plan's unit allows is the caller's mistake.
    func apply(to plan: Plan) throws(ProjectionError) -> Assumptions {
        var result = plan.assumptions
        if let growth { result.stateAllocationGrowth = growth }
        if let indexAdministration { result.indexation[.administration] = indexAdministration }
        if let indexOperations { result.indexation[.operations] = indexOperations }
        if let utilisation { result.initiativeUtilisation = utilisation }
        for (year, text) in allocations {
            guard case .success(let money) = Money.parse(Substring(text), unit: plan.unit) else {
                throw ProjectionError(
                    .usage, Message("projection.allocation_amount", [.text(text), .text(plan.unit.rawValue)]))
            }
            result.stateAllocationByYear[year] = money
        }
        return result
    }

    /// The projection to ask the pipeline for.
    func request(years: Int, from: Int? = nil) -> ProjectionRequest {
        let overrides = self
        return ProjectionRequest(years: years, from: from) { plan throws(ProjectionError) in
            try overrides.apply(to: plan)
        }
    }

    /// A percentage option: -100 to 100 (or 0 to 100), at most two decimals.
    private static func percent(_ name: String, signed: Bool, _ help: String) -> Option<Percent> {
        Option(.option(name, "PCT", help)) { text throws(UsageError) in
            let range: ClosedRange<Int64> = signed ? -10_000...10_000 : 0...10_000
            guard let value = Percent.parse(text[...]), range.contains(value.basisPoints) else {
                throw UsageError(
                    message:
                        "\(name) takes a percentage from \(signed ? "-100" : "0") to 100 with at most two decimals, not '\(text)'"
                )
            }
            return value
        }
    }
}
