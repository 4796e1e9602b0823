import FinsamCore

/// `finsam budget project PLAN --years N`: rolls a plan forward, shows each year's figures and
/// the room for new initiatives, and runs every rule on the projected years too.
struct BudgetCommand: Command {
    static let name = "budget"
    static let summary = "Project a plan forward: figures, room for new initiatives, findings."
    static let synopsis = "project PLAN"
    static let from = CommonOptions.year(
        "--from", "Project from this year of the plan (default: its last); later years are replaced.")
    static var options: [OptionSpec] {
        [CommonOptions.projectYears.spec, from.spec] + ProjectionOptions.specs + [
            CommonOptions.tableFormat.spec, CommonOptions.language.spec, CommonOptions.unit.spec,
            CommonOptions.strict.spec,
        ] + PlanInputOptions.specs
    }

    let path: String
    let years: Int
    let from: Int?
    let overrides: ProjectionOptions
    let format: any TableFormat
    let options: TableOptions
    let strict: Bool
    let input: PlanInputOptions
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard let sub = arguments.positionals.first else {
            throw UsageError(message: "budget needs a subcommand: project")
        }
        guard sub == "project" else {
            var message = "unknown budget subcommand '\(sub)'"
            if Suggestion.nearest(to: sub, in: ["project"]) != nil { message += "; did you mean 'project'?" }
            throw UsageError(message: message)
        }
        guard arguments.positionals.count == 2 else {
            throw UsageError(message: "budget project takes exactly one plan file")
        }
        path = arguments.positionals[1]
        guard let years = try arguments(CommonOptions.projectYears) else {
            throw UsageError(message: "--years N is required (1 to \(Projector.maxYears))")
        }
        self.years = years
        from = try arguments(Self.from)
        overrides = try ProjectionOptions(arguments: arguments)
        format = try arguments(CommonOptions.tableFormat) ?? TextTableFormat()
        options = TableOptions(
            language: Self.language(arguments, console), unit: try arguments(CommonOptions.unit) ?? .kr)
        strict = arguments(CommonOptions.strict)
        input = try PlanInputOptions(arguments: arguments, console: console)
        self.console = console
    }

    func run() -> ExitCode {
        let loaded = input.loader(projection: overrides.request(years: years, from: from)).check([path])
        guard loaded.count == 1 else {
            console.err(
                "finsam: error: budget project takes exactly one plan; \(path) holds \(loaded.count)\nUsage: "
                    + Self.usage + "\n")
            return .usage
        }
        let plan: CheckedPlan
        switch loaded.plans(console: console, language: options.language, usage: Self.usage) {
        case .success(let plans): plan = plans[0]
        case .failure(let code): return code
        }
        guard let report = ProjectionReport.make(plan) else { return .invalidInput }
        console.out(format.render(report, options: options))
        // Text, markdown, html and json carry the findings; CSV is one table, so they go to stderr.
        if format.name == "csv" {
            console.err(TextReporter().report([plan.result], options: ReportOptions(language: options.language)))
        }
        return Summary([plan.result]).fails(at: strict ? .warning : .error) ? .findings : .success
    }
}
