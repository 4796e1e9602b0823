import FinsamCore

/// The one way every command gets its plans: arguments (files, directories searched for
/// `*.json`, `-` for standard input) → inputs → bytes → ``Pipeline/check(_:file:options:)``.
///
/// Threads: several inputs are read and checked one per worker thread (streams first, here, in
/// argument order); a single input may use the workers for its own years. Results come back in
/// argument order, so output never depends on the number of threads.
struct PlanLoader {
    /// The name standard input goes by in messages (`--stdin-filename`).
    var stdinName = "<stdin>"
    var options: CheckOptions
    /// The most bytes read from one input (`--max-input-size`).
    var limit: Int

    init(options: CheckOptions, stdinName: String? = nil, limit: Int) {
        self.options = options
        self.limit = limit
        if let stdinName { self.stdinName = stdinName }
    }

    /// Every input the arguments name, read and checked.
    func check(_ arguments: [String]) -> [CheckedInput] {
        let (sources, checkOptions, limit) = plan(arguments)
        let isStream: (Int) -> Bool = { sources[$0].isStream }
        return WorkerThreads.map(sources.count, readsStream: isStream) { index in
            let input = sources[index].read(limit: limit)
            let outcome = Self.check(input, options: checkOptions)
            // A report never reads the bytes again: let them go with the plan's text.
            let kept = checkOptions.keepsSource ? input : Input(name: input.name, bytes: input.bytes.map { _ in [] })
            return CheckedInput(input: kept, outcome: outcome)
        }
    }

    /// The same, keeping only what the reporters print: each checked plan is let go as soon as
    /// its findings are had, so `validate` on a large file never holds the plan and its
    /// rendered findings at once.
    func results(_ arguments: [String]) -> [ValidatedInput] {
        let (sources, checkOptions, limit) = plan(arguments)
        let isStream: (Int) -> Bool = { sources[$0].isStream }
        return WorkerThreads.map(sources.count, readsStream: isStream) { index in
            let input = sources[index].read(limit: limit)
            return ValidatedInput(input: input, result: Self.result(input, options: checkOptions))
        }
    }

    /// ``check(_:options:)`` as the reporters take it (``Pipeline/fileResult(_:file:options:)``).
    private static func result(_ input: Input, options: CheckOptions) -> FileResult {
        switch input.bytes {
        case .success(let bytes): return Pipeline.fileResult(bytes, file: input.name, options: options)
        case .failure(let message):
            let error = InputError(file: input.name, message: message)
            return FileResult(file: input.name, outcome: .failure(error), unit: error.unit)
        }
    }

    /// The inputs, and the check's options under the threading policy: several inputs share
    /// the workers one each; a single input may use them for its own years.
    private func plan(_ arguments: [String]) -> (sources: [InputSource], options: CheckOptions, limit: Int) {
        let sources = InputCollector(stdinName: stdinName).sources(arguments)
        var options = options
        options.parallelism = sources.count == 1 ? WorkerThreads.parallelism : .serial
        return (sources, options, limit)
    }

    private static func check(_ input: Input, options: CheckOptions) -> Result<CheckedPlan, InputError> {
        switch input.bytes {
        case .success(let bytes): return Pipeline.check(bytes, file: input.name, options: options)
        case .failure(let message): return .failure(InputError(file: input.name, message: message))
        }
    }
}

/// One input and the findings checking it gave.
struct ValidatedInput: Sendable {
    let input: Input
    let result: FileResult
}

/// One input and what checking it gave.
struct CheckedInput: Sendable {
    let input: Input
    let outcome: Result<CheckedPlan, InputError>

    var result: FileResult { FileResult(outcome, file: input.name) }
}

extension Array where Element == CheckedInput {
    /// The checked plans, or nil after printing every input error to stderr as `finsam
    /// validate` would (the caller exits 2 and writes nothing). A projection request that does
    /// not fit a plan is a usage error (exit 64).
    func plans(console: Console, language: Language, usage: String) -> Result<[CheckedPlan], ExitCode> {
        var plans: [CheckedPlan] = []
        var code: ExitCode? = nil
        for checked in self {
            switch checked.outcome {
            case .success(let plan):
                plans.append(plan)
            case .failure(let error) where error.isUsage:
                console.err(
                    "finsam: error: " + Catalog(language: language).render(error.message) + "\nUsage: " + usage + "\n")
                code = .usage
            case .failure(let error):
                console.err(InputErrorText.line(error, language: language))
                if code == nil { code = .invalidInput }
            }
        }
        if let code { return .failure(code) }
        return .success(plans)
    }
}

/// An input error as one compiler-style line, as `finsam validate` prints it.
enum InputErrorText {
    static func line(_ error: InputError, language: Language) -> String {
        TextReporter().lines(
            [FileResult(file: error.location.file, outcome: .failure(error), unit: error.unit)],
            options: ReportOptions(language: language))
    }
}

/// The options of every command that reads plans, parsed once: how standard input is named,
/// the most bytes read from one input, and the day waivers are judged on.
struct PlanInputOptions {
    static var specs: [OptionSpec] { [CommonOptions.stdinFilename.spec, InputLimit.option.spec] }

    let stdinName: String?
    let limit: Int
    let today: PlanDate

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        stdinName = try arguments(CommonOptions.stdinFilename)
        limit = try InputLimit.resolve(arguments, console)
        today = try Today.date(console).get()
    }

    /// The loader for these options, projecting each plan when asked.
    func loader(projection: ProjectionRequest? = nil) -> PlanLoader {
        PlanLoader(options: CheckOptions(today: today, projection: projection), stdinName: stdinName, limit: limit)
    }
}
