import FinsamCore

/// `finsam allocate --total AMOUNT --year YEAR TABLE`: the state's allocation model over a
/// national table of federations, in one of the report formats.
struct AllocateCommand: Command {
    static let name = "allocate"
    static let summary = "Compute the state's allocation to every federation by the national model."
    static let synopsis = "FEDERATIONS.csv|json"
    static let total = Option<Money>(
        .option(
            "--total", "AMOUNT", "The state's total for the year, whole kronor (e.g. 339000000 or \"339 000 000\")."),
        read: totalAmount)
    static let year = CommonOptions.year(
        "--year", "The allocation year (the model applies from \(AllocationParameters.firstYear)).")
    static let plans = Option<String>(
        "--plans", "DIR",
        "Read each federation's plan under DIR (matched by file name = id, or federation name) for its equity and key.")
    static var options: [OptionSpec] {
        [
            total.spec, year.spec, plans.spec, CommonOptions.tableFormat.spec, CommonOptions.language.spec,
            CommonOptions.unit.spec,
            CommonOptions.output.spec, InputLimit.option.spec,
        ]
    }

    let path: String
    let total: Money
    let parameters: ModelParameters
    let plansDirectory: String?
    let format: any TableFormat
    let options: TableOptions
    let output: String?
    /// The most bytes read from the table or a plan (`--max-input-size`).
    let limit: Int
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw UsageError(message: "allocate takes exactly one table of federations (CSV or JSON)")
        }
        self.path = path
        guard let total = try arguments(Self.total) else { throw UsageError(message: "--total AMOUNT is required") }
        self.total = total
        guard let year = try arguments(Self.year) else { throw UsageError(message: "--year YEAR is required") }
        guard let parameters = AllocationParameters.forYear(year) else {
            throw UsageError(
                message:
                    "the allocation model applies from \(AllocationParameters.firstYear); --year \(year) is before it")
        }
        self.parameters = parameters
        plansDirectory = try arguments(Self.plans)
        if let plansDirectory, !InputCollector.isDirectory(plansDirectory) {
            throw UsageError(message: "--plans '\(plansDirectory)' is not a directory")
        }
        format = try arguments(CommonOptions.tableFormat) ?? TextTableFormat()
        options = TableOptions(
            language: Self.language(arguments, console), unit: try arguments(CommonOptions.unit) ?? .kr)
        output = try arguments(CommonOptions.output)
        if let output { try AtomicFile.refuseInput(output, among: [path], language: options.language) }
        limit = try InputLimit.resolve(arguments, console)
        self.console = console
    }

    /// The total: whole kronor, not negative, read exactly.
    static func totalAmount(_ text: String) throws(UsageError) -> Money {
        guard case .success(let money) = Money.parse(text, unit: .kr), !money.isNegative,
            money.ore % Money.orePerKrona == 0
        else {
            throw UsageError(message: "--total '\(text)' is not a whole number of kronor")
        }
        return money
    }

    func run() -> ExitCode {
        let rows: [FederationInput]
        switch FileReader.read(path, limit: limit) {
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
        return write(
            format.render(AllocationReport.make(result, plans: reading.plans), options: options), inputs: reading.files)
    }

    func write(_ text: String, inputs plansRead: [String]) -> ExitCode {
        guard let output else {
            console.out(text)
            return .success
        }
        if plansRead.contains(where: { AtomicFile.isSameFile($0, output) }) {
            console.err(
                "finsam: error: "
                    + Catalog(language: options.language).render(Message("file.output_is_input", [.code(output)]))
                    + "\n")
            return .usage
        }
        if case .failure(let message) = AtomicFile.write(Array(text.utf8), to: output) {
            console.err("finsam: error: " + Catalog(language: options.language).render(message) + "\n")
            return .invalidInput
        }
        return .success
    }

    /// `file:line:column: error[input]: message [pointer]`, as validate prints bad input.
    func describe(_ place: InputPlace, _ message: Message, file: String) -> String {
        var line =
            file + ":" + String(place.line) + ":" + String(place.column) + ": error[input]: "
            + Catalog(language: options.language).render(message)
        if let pointer = place.pointer {
            line += " [" + (pointer.description.isEmpty ? "/" : pointer.description) + "]"
        }
        return line + "\n"
    }
}
