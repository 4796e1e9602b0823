import FinsamCore

/// `finsam diff OLD NEW`: what a change to a plan does to its figures, initiatives and
/// findings; `finsam diff --textconv PLAN` lists a plan's figures for git.
struct DiffCommand: Command {
    static let name = "diff"
    static let summary = "Show what a change to a plan does: figures per year, initiatives, findings."
    static let synopsis = "OLD NEW | --textconv PLAN"
    static let format = Option<any DiffReporter>.choice(
        "--format", "FORMAT", DiffReporters.names, DiffReporters.named,
        "Output format: " + DiffReporters.names.joinedPlainly(separator: ", ") + " (default: text).")
    static let unit = Option<AmountUnit>.choice(
        "--unit", "UNIT", ["kr", "tkr"], AmountUnit.init(rawValue:),
        "Unit of amounts: kr or tkr (default: the newer plan's).")
    static let textconv = Flag(
        "--textconv", "Print one plan's figures, one a line, in a stable order (for git's textconv).")
    static var options: [OptionSpec] {
        [format.spec, CommonOptions.language.spec, unit.spec, textconv.spec, CommonOptions.output.spec]
            + PlanInputOptions.specs
    }

    let paths: [String]
    let textconv: Bool
    let reporter: any DiffReporter
    let options: DiffOptions
    let output: String?
    let input: PlanInputOptions
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        textconv = arguments(Self.textconv)
        paths = arguments.positionals
        guard paths.count == (textconv ? 1 : 2) else {
            throw UsageError(
                message: textconv ? "diff --textconv takes exactly one plan file" : "diff takes two plan files: OLD NEW"
            )
        }
        guard paths.filter({ $0 == "-" }).count <= 1 else {
            throw UsageError(message: "standard input (-) can be given only once")
        }
        reporter = try arguments(Self.format) ?? DiffTextReporter()
        options = DiffOptions(language: Self.language(arguments, console), unit: try arguments(Self.unit))
        output = try arguments(CommonOptions.output)
        if let output { try AtomicFile.refuseInput(output, among: paths, language: options.language) }
        input = try PlanInputOptions(arguments: arguments, console: console)
        self.console = console
    }

    /// What git passes for the side of a file that does not exist (added or deleted).
    static let noFile = "/dev/null"

    func run() -> ExitCode {
        var reviewed: [CheckedPlan?] = []
        var invalid = false
        for path in paths {
            // Only a diff may have a side with no plan; textconv needs one.
            if path == Self.noFile && !textconv {
                reviewed.append(nil)
                continue
            }
            switch review(path) {
            case .success(let plan): reviewed.append(plan)
            case .failure(let error):
                console.err(InputErrorText.line(error, language: options.language))
                invalid = true
            }
        }
        guard !invalid else { return .invalidInput }
        if textconv, let plan = reviewed.first ?? nil {
            return emit(FigureListing.render(plan, options: options), code: .success)
        }
        guard reviewed.count == 2, paths.count == 2 else { return .usage }
        let (old, new) = (reviewed[0], reviewed[1])
        let diff = PlanDiff.compare(old, new, oldFile: old?.file ?? paths[0], newFile: new?.file ?? paths[1])
        return emit(reporter.report(diff, options: options), code: diff.isEmpty ? .success : .findings)
    }

    /// Reads and checks one plan through the one loader, the way `finsam validate` does.
    private func review(_ path: String) -> Result<CheckedPlan, InputError> {
        guard let checked = input.loader().check([path]).first else {
            return .failure(InputError(file: path, message: Message("input.no_plans")))
        }
        return checked.outcome
    }

    /// Prints or writes `text`; `code` unless the file cannot be written (then 2).
    private func emit(_ text: String, code: ExitCode) -> ExitCode {
        guard let output else {
            console.out(text)
            return code
        }
        if case .failure(let message) = AtomicFile.write(Array(text.utf8), to: output) {
            console.err("finsam: error: " + Catalog(language: options.language).render(message) + "\n")
            return .invalidInput
        }
        return code
    }
}
