import FinsamCore

/// `finsam export csv PLAN` and `finsam export xlsx PLAN --out FILE`: the plan's budget back in
/// the spreadsheet forms the federations work in; `finsam export sie` (``SIEExport``) for the
/// accounting system.
struct ExportCommand: Command {
    static let name = "export"
    static let summary = "Write a plan's budget as Swedish CSV, an Excel workbook (xlsx) or SIE period budgets."
    static let usage = "finsam export csv PLAN [--out FILE] | finsam export xlsx PLAN --out FILE\n"
        + "       finsam export sie PLAN --accounts MAP.json --output BUDGET.se [--year YEAR]"
    static var options: [OptionSpec] {
        [
            .option("--out", "FILE", "Write to FILE (atomically; never the plan itself). Required for xlsx and sie."),
            .option("--output", "FILE", "The same as --out."),
            .option("--accounts", "FILE", "sie: which account (and object) each budget line goes on (docs/import.md)."),
            .option("--year", "YEAR", "sie: the year to export (default: the budget year)."),
            languageOption,
        ]
    }

    enum Format: String, CaseIterable { case csv, xlsx, sie }

    let format: Format
    let path: String
    let output: String?
    let language: Language
    let console: Console
    let accounts: String?
    let year: Int?

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        let formats = Format.allCases.map(\.rawValue)
        guard let name = arguments.positionals.first else { throw UsageError(message: "export needs a format: csv, xlsx or sie") }
        guard let format = Format(rawValue: name) else {
            var message = "unknown export format '\(name)' (csv, xlsx, sie)"
            if let near = Suggestion.nearest(to: name, in: formats) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        guard arguments.positionals.count == 2 else { throw UsageError(message: "export \(name) needs exactly one plan file") }
        self.format = format
        path = arguments.positionals[1]
        output = arguments.value("--output") ?? arguments.value("--out")
        if format == .xlsx && output == nil { throw UsageError(message: "export xlsx needs --out FILE (a workbook is not text for a terminal)") }
        if format == .sie && output == nil { throw UsageError(message: "export sie needs --output FILE (the file is code page 437, not text for a terminal)") }
        if format != .sie, let name = ["--accounts", "--year"].first(where: arguments.has) {
            throw UsageError(message: "\(name) is an option of export sie only")
        }
        accounts = arguments.value("--accounts")
        if format == .sie && accounts == nil { throw UsageError(message: "export sie needs --accounts FILE: the account of each budget line") }
        if let text = arguments.value("--year") {
            guard let value = Int(text), (1900...2200).contains(value) else { throw UsageError(message: "--year '\(text)' is not a year") }
            year = value
        } else {
            year = nil
        }
        if let output, output.isEmpty || output.hasSuffix("/") { throw UsageError(message: "--out needs a file name") }
        if let output, ([path] + (accounts.map { [$0] } ?? [])).contains(where: { ImportCommand.sameFile($0, output) }) {
            throw UsageError(message: "--out \(output) is the plan; export never overwrites its input")
        }
        language = Self.language(arguments, console)
        self.console = console
    }

    func run() -> ExitCode {
        if format == .sie, let accounts, let output {
            return SIEExport(plan: path, accounts: accounts, output: output, year: year, language: language, console: console).run()
        }
        guard let loaded = PlanLoader.loadOrReport(path, console: console, language: language) else {
            return .invalidInput
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
