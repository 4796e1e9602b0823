import FinsamCore

/// `finsam validate FILE...`: checks plan files against the rules. Writes nothing.
struct ValidateCommand: Command {
    static let name = "validate"
    static let summary = "Check plan files against the Finsam rules."
    static let usage = "finsam validate [options] FILE..."
    static var options: [OptionSpec] {
        [
            .option("--format", "FORMAT", choices: Reporters.all.map(\.name), "Output format: " + Reporters.all.map(\.name).joined(separator: ", ") + " (default: text)."),
            languageOption,
            .flag("--strict", "Fail (exit 1) on warnings too, not only on errors."),
        ]
    }

    let files: [String]
    let reporter: any Reporter
    let options: ReportOptions
    let strict: Bool
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard !arguments.positionals.isEmpty else { throw UsageError(message: "validate needs at least one plan file") }
        files = arguments.positionals
        let format = arguments.value("--format") ?? "text"
        guard let reporter = Reporters.named(format) else { throw UsageError(message: "unknown format '\(format)'") }
        self.reporter = reporter
        options = ReportOptions(
            language: Self.language(arguments, console),
            colour: format == "text" && console.stdoutWantsColour)
        strict = arguments.has("--strict")
        self.console = console
    }

    func run() -> ExitCode {
        let results = files.map(check)
        console.out(reporter.report(results, options: options))
        let summary = Summary(results)
        if summary.invalid > 0 { return .invalidInput }
        if summary.errors > 0 || (strict && summary.warnings > 0) { return .findings }
        return .success
    }

    private func check(_ path: String) -> FileResult {
        switch FileReader.read(path) {
        case .success(let bytes):
            return FileResult.check(bytes, file: path)
        case .failure(let message):
            let location = Finding.Location(file: path, line: 1, column: 1, pointer: .root)
            return FileResult(file: path, outcome: .failure(InputError(location: location, message: message)))
        }
    }
}
