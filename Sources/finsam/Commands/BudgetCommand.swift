import FinsamCore

/// `finsam budget project PLAN --years N`: rolls a plan forward, shows each year's figures and
/// the room for new initiatives, and runs every rule on the projected years too.
struct BudgetCommand: Command {
    static let name = "budget"
    static let summary = "Project a plan forward: figures, room for new initiatives, findings."
    static let usage = "finsam budget project PLAN --years N [--from YEAR] [options]"
    static var options: [OptionSpec] {
        [
            .option("--years", "N", "Years to project, 1 to \(Projector.maxYears)."),
            .option("--from", "YEAR", "Project from this year of the plan (default: its last); later years are replaced."),
        ] + ProjectionOptions.specs + [
            .option("--format", "FORMAT", choices: TableFormats.all.map(\.name), "Output format: " + TableFormats.all.map(\.name).joined(separator: ", ") + " (default: text)."),
            languageOption,
            .option("--unit", "UNIT", choices: ["kr", "tkr"], "Unit of amounts: kr or tkr (default: kr)."),
            .flag("--strict", "Fail (exit 1) on warnings too, not only on errors."),
        ]
    }

    let path: String
    let years: Int
    let from: Int?
    let overrides: ProjectionOptions
    let format: any TableFormat
    let options: TableOptions
    let strict: Bool
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard let sub = arguments.positionals.first else { throw UsageError(message: "budget needs a subcommand: project") }
        guard sub == "project" else {
            var message = "unknown budget subcommand '\(sub)'"
            if Suggestion.nearest(to: sub, in: ["project"]) != nil { message += "; did you mean 'project'?" }
            throw UsageError(message: message)
        }
        guard arguments.positionals.count == 2 else { throw UsageError(message: "budget project takes exactly one plan file") }
        path = arguments.positionals[1]
        guard let years = try ProjectionOptions.years(arguments, required: true) else { throw UsageError(message: "--years N is required") }
        self.years = years
        from = try ProjectionOptions.year(arguments, "--from")
        overrides = ProjectionOptions(arguments: arguments)
        let formatName = arguments.value("--format") ?? "text"
        guard let format = TableFormats.named(formatName) else { throw UsageError(message: "unknown format '\(formatName)'") }
        self.format = format
        options = TableOptions(language: Self.language(arguments, console), unit: AmountUnit(rawValue: arguments.value("--unit") ?? "kr") ?? .kr)
        strict = arguments.has("--strict")
        self.console = console
    }

    func run() -> ExitCode {
        guard let loaded = PlanLoader.loadOrReport(path, console: console, language: options.language) else {
            return .invalidInput
        }
        let projection: Projection
        switch project(loaded) {
        case .success(let result): projection = result
        case .failure(let stop): return stop.code
        }
        let findings = Validator.findings(in: projection.loaded)
        console.out(format.render(ProjectionReport.make(projection), options: options))
        // Findings follow the table in text; other formats keep standard output to the table.
        let result = FileResult(file: path, outcome: .success(findings), unit: options.unit)
        let report = TextReporter().report([result], options: ReportOptions(language: options.language))
        if format.name == "text" { console.out("\n" + report) } else { console.err(report) }
        let summary = Summary([result])
        return summary.errors > 0 || (strict && summary.warnings > 0) ? .findings : .success
    }

    /// The projection, or the exit code after saying why there is none.
    private func project(_ loaded: LoadedPlan) -> Result<Projection, Stop> {
        let assumptions: Assumptions
        do throws(UsageError) {
            assumptions = try overrides.apply(to: loaded.plan)
        } catch {
            console.err("finsam: error: " + error.message + "\nUsage: " + Self.usage + "\n")
            return .failure(Stop(code: .usage))
        }
        do throws(ProjectionError) {
            return .success(try Projector.project(loaded, years: years, from: from, assumptions: assumptions))
        } catch {
            let text = Catalog(language: options.language).render(error.message)
            if error.kind == .usage {
                console.err("finsam: error: " + text + "\nUsage: " + Self.usage + "\n")
                return .failure(Stop(code: .usage))
            }
            console.err(path + ": error[input]: " + text + "\n")
            return .failure(Stop(code: .invalidInput))
        }
    }

    /// A run that ends early, with its exit code.
    private struct Stop: Error {
        let code: ExitCode
    }
}
