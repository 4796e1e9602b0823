import FinsamCore

/// `finsam export csv PLAN` and `finsam export xlsx PLAN --out FILE`: the plan's budget back in
/// the spreadsheet forms the federations work in.
struct ExportCommand: Command {
    static let name = "export"
    static let summary = "Write a plan's budget as Swedish CSV or as an Excel workbook (xlsx)."
    static let synopsis = "csv|xlsx PLAN"
    static var options: [OptionSpec] { [CommonOptions.output.spec, CommonOptions.language.spec] + PlanInputOptions.specs }

    enum Format: String, CaseIterable { case csv, xlsx }

    let format: Format
    let path: String
    let output: String?
    let language: Language
    let input: PlanInputOptions
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        let formats = Format.allCases.map(\.rawValue)
        guard let name = arguments.positionals.first else { throw UsageError(message: "export needs a format: csv or xlsx") }
        guard let format = Format(rawValue: name) else {
            var message = "unknown export format '\(name)' (csv, xlsx)"
            if let near = Suggestion.nearest(to: name, in: formats) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        guard arguments.positionals.count == 2 else { throw UsageError(message: "export \(name) needs exactly one plan file") }
        self.format = format
        path = arguments.positionals[1]
        output = try arguments(CommonOptions.output)
        if format == .xlsx && output == nil {
            throw UsageError(message: "export xlsx needs --output FILE (a workbook is not text for a terminal)")
        }
        if let output, AtomicFile.isSameFile(path, output) {
            throw UsageError(message: "--output \(output) is the plan; export never overwrites its input")
        }
        language = Self.language(arguments, console)
        input = try PlanInputOptions(arguments: arguments, console: console)
        self.console = console
    }

    func run() -> ExitCode {
        let loaded: CheckedPlan
        switch input.loader().check([path]).plans(console: console, language: language, usage: Self.usage) {
        case .success(let plans) where plans.count == 1: loaded = plans[0]
        case .success(let plans):
            console.err("finsam: error: export takes exactly one plan; \(path) holds \(plans.count)\nUsage: " + Self.usage + "\n")
            return .usage
        case .failure(let code): return code
        }
        let sheet = BudgetSheet(loaded.ledger)
        let bytes: [UInt8]
        switch format {
        case .csv: bytes = Array(sheet.csv().utf8)
        case .xlsx:
            guard let workbook = Workbook(loaded.ledger).bytes() else {
                console.err("finsam: error: " + Catalog(language: language).render(Message("export.too_large")) + "\n")
                return .invalidInput
            }
            bytes = workbook
        }
        guard let output else {
            console.out(String(decoding: bytes, as: UTF8.self))
            return .success
        }
        if case .failure(let message) = AtomicFile.write(bytes, to: output) {
            console.err("finsam: error: " + Catalog(language: language).render(message) + "\n")
            return .invalidInput
        }
        return .success
    }
}
