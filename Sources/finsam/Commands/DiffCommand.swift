import FinsamCore

/// `finsam diff OLD NEW`: what a change to a plan does to its figures, initiatives and
/// findings; `finsam diff --textconv PLAN` lists a plan's figures for git.
struct DiffCommand: Command {
    static let name = "diff"
    static let summary = "Show what a change to a plan does: figures per year, initiatives, findings."
    static let usage = "finsam diff [options] OLD NEW   |   finsam diff --textconv PLAN   (- for stdin)"
    static var options: [OptionSpec] {
        [
            .option("--format", "FORMAT", choices: DiffReporters.names,
                    "Output format: " + DiffReporters.names.joinedPlainly(separator: ", ") + " (default: text)."),
            languageOption,
            .option("--unit", "UNIT", choices: ["kr", "tkr"], "Unit of amounts: kr or tkr (default: the newer plan's)."),
            .flag("--textconv", "Print one plan's figures, one a line, in a stable order (for git's textconv)."),
            .option("--output", "FILE", "Write the difference to FILE instead of standard output."),
        ]
    }

    let paths: [String]
    let textconv: Bool
    let reporter: any DiffReporter
    let options: DiffOptions
    let output: String?
    let today: PlanDate
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        textconv = arguments.has("--textconv")
        paths = arguments.positionals
        guard paths.count == (textconv ? 1 : 2) else {
            throw UsageError(message: textconv ? "diff --textconv takes exactly one plan file" : "diff takes two plan files: OLD NEW")
        }
        guard paths.filter({ $0 == "-" }).count <= 1 else { throw UsageError(message: "standard input (-) can be given only once") }
        let format = arguments.value("--format") ?? "text"
        guard let reporter = DiffReporters.named(format) else { throw UsageError(message: "unknown format '\(format)'") }
        self.reporter = reporter
        options = DiffOptions(language: Self.language(arguments, console), unit: arguments.value("--unit").flatMap(AmountUnit.init(rawValue:)))
        output = arguments.value("--output")
        if let output { try AtomicFile.refuseInput(output, among: paths, language: options.language) }
        today = try Today.date(console).get()
        self.console = console
    }

    /// What git passes for the side of a file that does not exist (added or deleted).
    static let noFile = "/dev/null"

    func run() -> ExitCode {
        var reviewed: [ReviewedPlan?] = []
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
                console.err(PlanLoader.describe(error, language: options.language))
                invalid = true
            }
        }
        guard !invalid else { return .invalidInput }
        if textconv, let plan = reviewed.first ?? nil { return emit(FigureListing.render(plan, options: options), code: .success) }
        guard reviewed.count == 2, paths.count == 2 else { return .usage }
        let (old, new) = (reviewed[0], reviewed[1])
        let diff = PlanDiff.compare(old, new, oldFile: old?.file ?? paths[0], newFile: new?.file ?? paths[1])
        return emit(reporter.report(diff, options: options), code: diff.isEmpty ? .success : .findings)
    }

    /// Reads and checks one plan, the way `finsam validate` does.
    private func review(_ path: String) -> Result<ReviewedPlan, InputError> {
        let name = path == "-" ? "<stdin>" : path
        let bytes = path == "-" ? FileReader.readStandardInput() : FileReader.read(path)
        switch bytes {
        case .success(let bytes):
            do throws(InputError) {
                return .success(try ReviewedPlan.check(bytes, file: name, today: today, parallelism: WorkerThreads.parallelism))
            } catch {
                return .failure(error)
            }
        case .failure(let message):
            return .failure(InputError(location: Finding.Location(file: name, line: 1, column: 1, pointer: .root), message: message))
        }
    }

    /// Prints or writes `text`; `code` unless the file cannot be written (then 2).
    private func emit(_ text: String, code: ExitCode) -> ExitCode {
        guard let output else {
            console.out(text)
            return code
        }
        if case .failure(let message) = FileWriter.write(text, to: output) {
            console.err("finsam: error: " + Catalog(language: options.language).render(message) + "\n")
            return .invalidInput
        }
        return code
    }
}
