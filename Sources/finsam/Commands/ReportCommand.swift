import FinsamCore

/// `finsam report KIND PLAN...`: a table for board documents, in one of several formats.
struct ReportCommand: Command {
    static let name = "report"
    static let summary = "Make a report (equity-cap, split, budget, admin-share, individual-share, follow-up)."
    static let synopsis = "KIND PLAN..."
    static let year = CommonOptions.year(
        "--year", "Only this year (split: the year to show; default: the budget year; follow-up: the year followed up)."
    )
    static let projectYears = Option<Int>(
        .option("--years", "N", "Also project each plan N years (1 to \(Projector.maxYears)) with its assumptions."),
        read: CommonOptions.projectYears.read)
    static var options: [OptionSpec] {
        [
            year.spec, CommonOptions.tableFormat.spec, CommonOptions.language.spec, CommonOptions.unit.spec,
            CommonOptions.output.spec, projectYears.spec,
        ] + ProjectionOptions.specs + PlanInputOptions.specs
    }

    let kind: ReportKind
    let paths: [String]
    let year: Int?
    let projectYears: Int?
    let format: any TableFormat
    let options: TableOptions
    let output: String?
    let overrides: ProjectionOptions
    let input: PlanInputOptions
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        let kinds = ReportKind.allCases.map(\.rawValue)
        guard let name = arguments.positionals.first else {
            throw UsageError(message: "report needs a kind: " + kinds.joined(separator: ", "))
        }
        guard let kind = ReportKind(rawValue: name) else {
            var message = "unknown report '\(name)' (" + kinds.joined(separator: ", ") + ")"
            if let near = Suggestion.nearest(to: name, in: kinds) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        self.kind = kind
        paths = Array(arguments.positionals.dropFirst())
        guard !paths.isEmpty else { throw UsageError(message: "report needs at least one plan file") }
        year = try arguments(Self.year)
        projectYears = try arguments(Self.projectYears)
        format = try arguments(CommonOptions.tableFormat) ?? TextTableFormat()
        options = TableOptions(
            language: Self.language(arguments, console), unit: try arguments(CommonOptions.unit) ?? .kr)
        output = try arguments(CommonOptions.output)
        if let output { try AtomicFile.refuseInput(output, among: paths, language: options.language) }
        overrides = try ProjectionOptions(arguments: arguments)
        if projectYears == nil, !overrides.isEmpty {
            throw UsageError(message: "projection assumptions need --years N")
        }
        input = try PlanInputOptions(arguments: arguments, console: console)
        self.console = console
    }

    func run() -> ExitCode {
        var loader = input.loader(projection: projectYears.map { overrides.request(years: $0) })
        loader.options.keepsSource = false
        let plans: [CheckedPlan]
        switch loader.check(paths).plans(console: console, language: options.language, usage: Self.usage) {
        case .success(let checked): plans = checked
        case .failure(let code): return code  // nothing is written when an input is bad
        }
        if let year, !plans.contains(where: { plan in plan.ledger.years.contains { $0.number == year } }) {
            console.err("finsam: error: no plan has the year \(year)\nUsage: " + Self.usage + "\n")
            return .usage
        }
        let text = format.render(kind.report(plans.map(ReportSource.init), year: year), options: options)
        guard let output else {
            console.out(text)
            return .success
        }
        if let failure = AtomicFile.write(text, to: output) {
            let message = Message("output.cannot_write", [.code(output), .text(failure)])
            console.err("finsam: error: " + Catalog(language: options.language).render(message) + "\n")
            return .invalidInput
        }
        return .success
    }
}
