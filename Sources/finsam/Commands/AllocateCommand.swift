import FinsamCore

/// `finsam allocate --total AMOUNT --year YEAR TABLE`: the state's allocation model over a
/// national table of federations, in one of the report formats.
struct AllocateCommand: Command {
    static let name = "allocate"
    static let summary = "Compute the state's allocation to every federation by the national model."
    static let usage = "finsam allocate --total AMOUNT --year YEAR FEDERATIONS.csv|json [--plans DIR] [--format F] [--lang en|sv] [--output FILE]"
    static var options: [OptionSpec] {
        [
            .option("--total", "AMOUNT", "The state's total for the year, whole kronor (e.g. 339000000 or \"339 000 000\")."),
            .option("--year", "YEAR", "The allocation year (the model applies from \(AllocationParameters.firstYear))."),
            .option("--plans", "DIR", "Read each federation's plan under DIR (matched by file name = id, or federation name) for its equity and key."),
            .option("--format", "FORMAT", choices: TableFormats.all.map(\.name), "Output format: " + TableFormats.all.map(\.name).joined(separator: ", ") + " (default: text)."),
            languageOption,
            .option("--unit", "UNIT", choices: ["kr", "tkr"], "Unit of amounts: kr or tkr (default: kr)."),
            .option("--output", "FILE", "Write to FILE (atomically) instead of standard output."),
        ]
    }

    let path: String
    let total: Money
    let parameters: ModelParameters
    let plansDirectory: String?
    let format: any TableFormat
    let options: TableOptions
    let output: String?
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw UsageError(message: "allocate takes exactly one table of federations (CSV or JSON)")
        }
        self.path = path
        total = try Self.total(arguments.value("--total"))
        guard let yearText = arguments.value("--year") else { throw UsageError(message: "--year YEAR is required") }
        guard let year = Int(yearText), (1900...2999).contains(year) else { throw UsageError(message: "--year '\(yearText)' is not a year") }
        guard let parameters = AllocationParameters.forYear(year) else {
            throw UsageError(message: "the allocation model applies from \(AllocationParameters.firstYear); --year \(year) is before it")
        }
        self.parameters = parameters
        plansDirectory = arguments.value("--plans")
        if let plansDirectory, !InputCollector.isDirectory(plansDirectory) {
            throw UsageError(message: "--plans '\(plansDirectory)' is not a directory")
        }
        let formatName = arguments.value("--format") ?? "text"
        guard let format = TableFormats.named(formatName) else { throw UsageError(message: "unknown format '\(formatName)'") }
        self.format = format
        options = TableOptions(language: Self.language(arguments, console), unit: AmountUnit(rawValue: arguments.value("--unit") ?? "kr") ?? .kr)
        output = arguments.value("--output")
        if let output { try AtomicFile.refuseInput(output, among: [path], language: options.language) }
        self.console = console
    }

    /// The total: whole kronor, not negative, read exactly.
    static func total(_ text: String?) throws(UsageError) -> Money {
        guard let text else { throw UsageError(message: "--total AMOUNT is required") }
        guard case .success(let money) = Money.parse(text, unit: .kr), !money.isNegative, money.ore % Money.orePerKrona == 0 else {
            throw UsageError(message: "--total '\(text)' is not a whole number of kronor")
        }
        return money
    }

    func run() -> ExitCode {
        let rows: [FederationInput]
        switch FileReader.read(path) {
        case .failure(let message):
            console.err(describe(InputPlace(line: 1, column: 1), message, file: path))
            return .invalidInput
        case .success(let bytes):
            do throws(AllocationInputError) {
                rows = try AllocationTable.read(bytes)
            } catch {
                console.err(describe(error.place, error.message, file: path))
                return .invalidInput
            }
        }
        let today: PlanDate
        switch Today.date(console) {
        case .success(let date): today = date
        case .failure(let error):
            console.err("finsam: error: " + error.message + "\nUsage: " + Self.usage + "\n")
            return .usage
        }
        guard let reading = readPlans(rows, today: today) else { return .invalidInput }
        let result: AllocationResult
        do throws(AllocationError) {
            result = try AllocationModel.allocate(reading.rows, total: total, parameters: parameters)
        } catch {
            console.err(path + ": error[input]: " + Catalog(language: options.language).render(error.message) + "\n")
            return .invalidInput
        }
        return write(format.render(AllocationReport.make(result, plans: reading.plans), options: options), inputs: reading.files)
    }

    func write(_ text: String, inputs plansRead: [String]) -> ExitCode {
        guard let output else {
            console.out(text)
            return .success
        }
        if plansRead.contains(where: { AtomicFile.isSameFile($0, output) }) {
            console.err("finsam: error: " + Catalog(language: options.language).render(Message("file.output_is_input", [.code(output)])) + "\n")
            return .usage
        }
        if case .failure(let message) = FileWriter.write(text, to: output) {
            console.err("finsam: error: " + Catalog(language: options.language).render(message) + "\n")
            return .invalidInput
        }
        return .success
    }

    /// `file:line:column: error[input]: message [pointer]`, as validate prints bad input.
    func describe(_ place: InputPlace, _ message: Message, file: String) -> String {
        var line = file + ":" + String(place.line) + ":" + String(place.column) + ": error[input]: "
            + Catalog(language: options.language).render(message)
        if let pointer = place.pointer { line += " [" + (pointer.description.isEmpty ? "/" : pointer.description) + "]" }
        return line + "\n"
    }
}
