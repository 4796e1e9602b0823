import FinsamCore

/// `finsam validate PATH...`: checks plan files against the rules. Writes nothing but the
/// receipt it is asked for.
struct ValidateCommand: Command {
    static let name = "validate"
    static let summary = "Check plan files against the Finsam rules."
    static let synopsis = "PATH..."
    static let format = Option<any Reporter>.choice(
        "--format", "FORMAT", Reporters.names, Reporters.named,
        "Output format: " + Reporters.names.joinedPlainly(separator: ", ") + " (default: text).")
    static let failOn = Option<Severity>.choice(
        "--fail-on", "LEVEL", ["error", "warning", "info"], Severity.init(rawValue:),
        "Exit 1 on findings at or above LEVEL: error (default), warning or info.")
    static let strict = Flag("--strict", "Same as --fail-on warning.")
    static let receipt = Option<String>(
        "--receipt", "FILE",
        "Also write a JSON receipt: each input's SHA-256, finsam's version, the rule set, findings, waivers used.")
    static var options: [OptionSpec] {
        [format.spec, CommonOptions.language.spec, failOn.spec, strict.spec, receipt.spec] + PlanInputOptions.specs
    }

    let paths: [String]
    let input: PlanInputOptions
    let reporter: any Reporter
    let options: ReportOptions
    let failOn: Severity
    let today: PlanDate
    let receiptPath: String?
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard !arguments.positionals.isEmpty else {
            throw UsageError(message: "validate needs at least one plan file or directory")
        }
        guard arguments.positionals.filter({ $0 == "-" }).count <= 1 else {
            throw UsageError(message: "standard input (-) can be given only once")
        }
        paths = arguments.positionals
        input = try PlanInputOptions(arguments: arguments, console: console)
        reporter = try arguments(Self.format) ?? TextReporter()
        failOn = try Self.failLevel(arguments)
        var options = ReportOptions(
            language: Self.language(arguments, console),
            colour: reporter.name == "text" && console.stdoutWantsColour)
        options.failOn = failOn
        options.parallelism = WorkerThreads.parallelism
        self.options = options
        today = input.today
        receiptPath = try arguments(Self.receipt)
        if let receiptPath, receiptPath.isEmpty || receiptPath.hasSuffix("/") {
            throw UsageError(message: "--receipt needs a file name, not '\(receiptPath)'")
        }
        if let receiptPath { try AtomicFile.refuseInput(receiptPath, among: paths, language: options.language) }
        self.console = console
    }

    /// `--fail-on`, or `--strict` (= `--fail-on warning`); both at once only if they agree.
    static func failLevel(_ arguments: ParsedArguments) throws(UsageError) -> Severity {
        let given = try arguments(Self.failOn)
        if arguments(Self.strict) {
            if let given, given != .warning {
                throw UsageError(
                    message: "--strict means --fail-on warning; it cannot be combined with --fail-on \(given.rawValue)")
            }
            return .warning
        }
        return given ?? .error
    }

    func run() -> ExitCode {
        let checked = input.loader().results(paths)
        defer { KeptUntilExit.keep(checked) }
        let inputs = checked.map(\.input)
        let results = checked.map(\.result)
        let out = console.outputStream()
        reporter.write(results, options: options, to: out)
        out.finish()
        let summary = Summary(results)
        let code: ExitCode = summary.invalid > 0 ? .invalidInput : summary.fails(at: failOn) ? .findings : .success
        guard let receiptPath else { return code }
        // A directory argument may have brought the receipt's own file in as an input.
        if inputs.contains(where: { AtomicFile.isSameFile($0.name, receiptPath) }) {
            console.err(
                "finsam: error: "
                    + Catalog(language: options.language).render(Message("file.output_is_input", [.code(receiptPath)]))
                    + "\n")
            return .usage
        }
        let receipt = Receipt(
            inputs: inputs.map { Receipt.Input(name: $0.name, content: try? $0.bytes.get()) },
            results: results, today: today, failOn: failOn, exitCode: code.rawValue)
        if let failure = AtomicFile.write(receipt.rendered(), to: receiptPath) {
            let text = Catalog(language: options.language).render(
                Message("receipt.unwritable", [.text(receiptPath), .text(failure)]))
            console.err("finsam: error: " + text + "\n")
            return .invalidInput
        }
        return code
    }
}
