import FinsamCore

/// `finsam export csv PLAN` and `finsam export xlsx PLAN --out FILE`: the plan's budget back in
/// the spreadsheet forms the federations work in; `finsam export sie` (``SIEExport``) for the
/// accounting system.
struct ExportCommand: Command {
    static let name = "export"
    static let summary = "Write a plan's budget as Swedish CSV, an Excel workbook (xlsx) or SIE period budgets."
    static let synopsis = "csv|xlsx|sie PLAN"
    static let accounts = Option<String>(
        "--accounts", "FILE", "sie: which account (and object) each budget line goes on (docs/import.md).")
    static let year = CommonOptions.year("--year", "sie: the year to export (default: the budget year).")
    static var options: [OptionSpec] {
        [CommonOptions.output.spec, accounts.spec, year.spec, CommonOptions.language.spec] + PlanInputOptions.specs
    }

    enum Format: String, CaseIterable { case csv, xlsx, sie }

    let format: Format
    let path: String
    let output: String?
    let language: Language
    let input: PlanInputOptions
    let console: Console
    let accounts: String?
    let year: Int?

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        let formats = Format.allCases.map(\.rawValue)
        guard let name = arguments.positionals.first else {
            throw UsageError(message: "export needs a format: csv, xlsx or sie")
        }
        guard let format = Format(rawValue: name) else {
            var message = "unknown export format '\(name)' (csv, xlsx, sie)"
            if let near = Suggestion.nearest(to: name, in: formats) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        guard arguments.positionals.count == 2 else {
            throw UsageError(message: "export \(name) needs exactly one plan file")
        }
        self.format = format
        path = arguments.positionals[1]
        output = try arguments(CommonOptions.output)
        if format == .xlsx && output == nil {
            throw UsageError(message: "export xlsx needs --output FILE (a workbook is not text for a terminal)")
        }
        if format == .sie && output == nil {
            throw UsageError(
                message: "export sie needs --output FILE (the file is code page 437, not text for a terminal)")
        }
        if format != .sie, let name = [Self.accounts.spec.name, Self.year.spec.name].first(where: arguments.has) {
            throw UsageError(message: "\(name) is an option of export sie only")
        }
        accounts = try arguments(Self.accounts)
        if format == .sie && accounts == nil {
            throw UsageError(message: "export sie needs --accounts FILE: the account of each budget line")
        }
        year = try arguments(Self.year)
        if let output, ([path] + (accounts.map { [$0] } ?? [])).contains(where: { AtomicFile.isSameFile($0, output) }) {
            throw UsageError(message: "--output \(output) is the plan; export never overwrites its input")
        }
        language = Self.language(arguments, console)
        input = try PlanInputOptions(arguments: arguments, console: console)
        self.console = console
    }

    func run() -> ExitCode {
        if format == .sie, let accounts, let output {
            let export = SIEExport(
                plan: path, accounts: accounts, output: output, year: year, today: input.today, language: language,
                console: console)
            return export.run()
        }
        let loaded: CheckedPlan
        switch input.loader().check([path]).plans(console: console, language: language, usage: Self.usage) {
        case .success(let plans) where plans.count == 1: loaded = plans[0]
        case .success(let plans):
            console.err(
                "finsam: error: export takes exactly one plan; \(path) holds \(plans.count)\nUsage: " + Self.usage
                    + "\n")
            return .usage
        case .failure(let code): return code
        }
        let sheet = BudgetSheet(loaded.ledger)
        let bytes: [UInt8]
        switch format {
        case .csv, .sie: bytes = Array(sheet.csv().utf8)
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
