import FinsamCore

/// The command-line overrides of a plan's `assumptions` block, read once from the arguments.
struct ProjectionOptions: Sendable {
    static let specs: [OptionSpec] = [
        .option("--growth", "PCT", "State allocation growth, percent a year (overrides the plan; may be negative)."),
        .option("--allocation", "YEAR=AMOUNT,...", "Fixed state allocations by year, in the plan's unit."),
        .option("--index-administration", "PCT", "Indexation of administration costs, percent a year."),
        .option("--index-operations", "PCT", "Indexation of operations costs, percent a year."),
        .option("--utilisation", "PCT", "Share of granted initiative funds budgeted, 0 to 100 (e.g. 90)."),
    ]

    var growth: Percent?
    var indexAdministration: Percent?
    var indexOperations: Percent?
    var utilisation: Percent?
    /// `--allocation` entries: a year and its amount as written, read in the plan's unit.
    var allocations: [(year: Int, amount: String)] = []

    init(arguments: ParsedArguments) throws(UsageError) {
        growth = try Self.percent(arguments, "--growth", signed: true)
        indexAdministration = try Self.percent(arguments, "--index-administration", signed: true)
        indexOperations = try Self.percent(arguments, "--index-operations", signed: true)
        utilisation = try Self.percent(arguments, "--utilisation", signed: false)
        guard let text = arguments.value("--allocation") else { return }
        for entry in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let year = Int(parts[0]), (1900...2999).contains(year),
                case .success(let money) = Money.parse(parts[1], unit: .kr), !money.isNegative
            else { throw UsageError(message: "--allocation takes YEAR=AMOUNT pairs separated by commas, e.g. 2026=2200000; not '\(entry)'") }
            allocations.append((year, String(parts[1])))
        }
    }

    /// True when any override is given.
    var isEmpty: Bool {
        growth == nil && indexAdministration == nil && indexOperations == nil && utilisation == nil && allocations.isEmpty
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
                throw ProjectionError(.usage, Message("projection.allocation_amount", [.text(text), .text(plan.unit.rawValue)]))
            }
            result.stateAllocationByYear[year] = money
        }
        return result
    }

    /// The projection to ask the pipeline for.
    func request(years: Int, from: Int? = nil) -> ProjectionRequest {
        let overrides = self
        return ProjectionRequest(years: years, from: from) { plan throws(ProjectionError) in try overrides.apply(to: plan) }
    }

    private static func percent(_ arguments: ParsedArguments, _ name: String, signed: Bool) throws(UsageError) -> Percent? {
        guard let text = arguments.value(name) else { return nil }
        let range: ClosedRange<Int64> = signed ? -10_000...10_000 : 0...10_000
        guard let value = Percent.parse(text[...]), range.contains(value.basisPoints) else {
            throw UsageError(message: "\(name) takes a percentage from \(signed ? "-100" : "0") to 100 with at most two decimals, not '\(text)'")
        }
        return value
    }

    /// `--years N`: a whole number from 1 to the most a projection may add.
    static func years(_ arguments: ParsedArguments, required: Bool) throws(UsageError) -> Int? {
        guard let text = arguments.value("--years") else {
            if required { throw UsageError(message: "--years N is required (1 to \(Projector.maxYears))") }
            return nil
        }
        guard let value = Int(text), (1...Projector.maxYears).contains(value) else {
            throw UsageError(message: "--years must be a whole number from 1 to \(Projector.maxYears), not '\(text)'")
        }
        return value
    }

    static func year(_ arguments: ParsedArguments, _ name: String) throws(UsageError) -> Int? {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Int(text), (1900...2999).contains(value) else {
            throw UsageError(message: "\(name) must be a year from 1900 to 2999, not '\(text)'")
        }
        return value
    }
}
