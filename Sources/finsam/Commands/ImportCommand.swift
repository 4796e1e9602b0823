import FinsamCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `finsam import csv FILE --output PLAN` and `finsam import xlsx BOOK.xlsx --output PLAN`: a
/// budget table saved from Excel as CSV, or a sheet of the workbook itself, made a plan. Both go
/// through the one ``BudgetImporter``. Writes nothing unless the whole table was placed and its
/// printed totals reconciled (or `--partial`), and never over an input. Prints what it made of
/// each row; `--dry-run` only that. `finsam import sie` (the follow-up from the books) is
/// ``SIEImport``.
struct ImportCommand: Command {
    static let name = "import"
    static let summary =
        "Make a plan from a budget table (CSV or an Excel sheet), or fill in its follow-up from SIE books."
    static let synopsis = "csv FILE | xlsx BOOK.xlsx | sie BOOKS.se"
    static let sheet = Option<String>(
        "--sheet", "NAME", "xlsx: the sheet to read (default: the first with a header row of years).")
    static let dryRun = Flag(
        "--dry-run", "Print what each row would become, and check the totals, without writing anything.")
    static let mapping = Option<String>(
        "--mapping", "FILE",
        "JSON saying which row is which member or category, and what the table lacks (docs/import.md).")
    static let partial = Flag("--partial", "Write what could be placed, and list what was left out.")
    static let unit = Option<AmountUnit>.choice(
        "--unit", "UNIT", ["kr", "tkr"], AmountUnit.init(rawValue:),
        "The table's unit where it does not say (default: tkr if the table says so, else kr).")
    static let federation = Option<String>(
        "--federation", "NAME", "The federation's name, where the table does not print it.")
    static var options: [OptionSpec] {
        [
            CommonOptions.output.spec, dryRun.spec, sheet.spec, mapping.spec, partial.spec, unit.spec, federation.spec,
            CommonOptions.language.spec, InputLimit.option.spec,
        ] + SIEImport.options
    }

    let format: String
    let input: String
    let sheet: String?
    /// nil with `--dry-run`.
    let output: String?
    let mappingPath: String?
    let partial: Bool
    let unit: AmountUnit?
    let federation: String?
    let language: Language
    let today: PlanDate
    /// The most bytes read from the table (`--max-input-size`).
    let limit: Int
    let console: Console
    /// `import sie`, which reads books into a plan's follow-up instead of a table into a plan.
    let sie: SIEImport?

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard let format = arguments.positionals.first else {
            throw UsageError(message: "import needs a format: csv, xlsx or sie")
        }
        if format == "sie" {
            let language = Self.language(arguments, console)
            sie = try SIEImport(arguments: arguments, language: language, console: console)
            (self.format, input, sheet, output, mappingPath, partial, unit, federation) = (
                format, "", nil, nil, nil, false, nil, nil
            )
            (self.language, today, limit, self.console) = (
                language, try Self.today(console), InputLimit.default, console
            )
            return
        }
        sie = nil
        guard format == "csv" || format == "xlsx" else {
            var message = "unknown import format '\(format)' (csv, xlsx, sie)"
            if let near = Suggestion.nearest(to: format, in: ["csv", "xlsx", "sie"]) {
                message += "; did you mean '\(near)'?"
            }
            throw UsageError(message: message)
        }
        try SIEImport.refuse(SIEImport.sieOnly, in: arguments, format: format)
        self.format = format
        guard arguments.positionals.count == 2 else {
            throw UsageError(message: "import \(format) needs exactly one \(format == "csv" ? "CSV file" : "workbook")")
        }
        input = arguments.positionals[1]
        sheet = try arguments(Self.sheet)
        if sheet != nil && format != "xlsx" {
            throw UsageError(message: "--sheet is for import xlsx; a CSV file has one table")
        }
        let output = try arguments(CommonOptions.output)
        if arguments(Self.dryRun) {
            self.output = nil
        } else {
            guard let output else {
                throw UsageError(message: "import needs --output FILE (the plan file to write) or --dry-run")
            }
            self.output = output
        }
        mappingPath = try arguments(Self.mapping)
        partial = arguments(Self.partial)
        unit = try arguments(Self.unit)
        federation = try arguments(Self.federation)
        language = Self.language(arguments, console)
        today = try Self.today(console)
        limit = try InputLimit.resolve(arguments, console)
        self.console = console
        for path in [input] + (mappingPath.map { [$0] } ?? [])
        where output.map({ AtomicFile.isSameFile(path, $0) }) ?? false {
            throw UsageError(message: "--output \(output ?? "") is an input; import never overwrites its input")
        }
    }

    func run() -> ExitCode {
        if let sie { return sie.run() }
        let plain = Catalog(language: language)
        let bytes: [UInt8]
        switch FileReader.read(input, limit: limit) {
        case .success(let read): bytes = read
        case .failure(let message):
            console.err(input + ": error[input]: " + plain.render(message) + "\n")
            return .invalidInput
        }
        guard let mapping = loadMapping(plain) else { return .invalidInput }
        let importer = BudgetImporter(mapping: mapping, unit: unit, federation: federation)
        let table: any BudgetTable
        let result: ImportResult
        let readAs: String
        if format == "xlsx" {
            guard let sheetTable = readSheet(bytes, plain) else { return .invalidInput }
            (table, result) = (sheetTable, importer.run(sheet: sheetTable))
            readAs = plain.render(Message("xlsx.read_as", [.code(sheetTable.sheet)]))
        } else {
            let (text, encoding) = SheetText.decode(bytes)
            let csv = CSVTable(text: text)
            (table, result, readAs) = (csv, importer.run(csv), encoding.rawValue)
        }
        // Figures in messages in the table's unit, as the user reads them on the paper.
        let catalog = Catalog(language: language, unit: result.unit)
        printPlacement(result, table, catalog)
        for note in result.notes { console.err(line(note, "note", table, catalog)) }
        let severity = partial && !result.hasFatal ? "warning" : "error"
        for issue in result.issues { console.err(line(issue, severity, table, catalog)) }
        guard let plan = result.plan, result.complete || partial else {
            let id = output == nil ? "import.dry_run_refused" : "import.nothing_written"
            console.err("finsam: " + catalog.render(Message(id, [.integer(result.issues.count)])) + "\n")
            return .invalidInput
        }
        return write(plan, result, readAs: readAs, catalog)
    }

    /// Loads the plan as any plan file is loaded (a table finsam misread is never written),
    /// then writes it, or with `--dry-run` says what would have been written.
    private func write(_ plan: JSONOutput, _ result: ImportResult, readAs: String, _ catalog: Catalog) -> ExitCode {
        let rendered = plan.rendered()
        if case .failure(let error) = Pipeline.check(
            Array(rendered.utf8), file: (output ?? input) + " (not written)", options: CheckOptions(today: today))
        {
            console.err(InputErrorText.line(error, language: language))
            console.err("finsam: " + catalog.render(Message("import.nothing_written", [.integer(1)])) + "\n")
            return .invalidInput
        }
        let counts: [Message.Argument] = [.integer(result.years), .integer(result.members), .integer(result.costLines)]
        guard let output else {
            console.out(catalog.render(Message("import.dry_run", counts)) + "\n")
            return .success
        }
        if let failure = AtomicFile.write(rendered, to: output) {
            console.err(
                "finsam: error: " + catalog.render(Message("import.cannot_write", [.code(output), .text(failure)]))
                    + "\n")
            return .invalidInput
        }
        console.out(catalog.render(Message("import.written", [.code(output)] + counts + [.text(readAs)])) + "\n")
        if !result.complete {
            console.out(
                catalog.render(Message("import.partial_written", [.code(output), .integer(result.issues.count)])) + "\n"
            )
        }
        return .success
    }

    /// One line per row: `  12  Delsumma verksamhet → subtotal of group Verksamhet; agrees with the lines`.
    private func printPlacement(_ result: ImportResult, _ table: any BudgetTable, _ catalog: Catalog) {
        guard !result.placement.isEmpty else { return }
        var text = catalog.render(Message("import.placement_header", [.code(input)])) + "\n"
        // A workbook's rows by the sheet's own numbers.
        let width = String(table.sourceRow(result.placement.last?.row ?? 0)).count
        for place in result.placement {
            let number = String(table.sourceRow(place.row))
            text +=
                "  " + String(repeating: " ", count: max(0, width - number.count)) + number + "  " + place.label + " → "
                + catalog.render(place.description) + "\n"
        }
        console.out(text)
    }

    /// The mapping, or nil after printing why it cannot be used.
    private func loadMapping(_ catalog: Catalog) -> ImportMapping? {
        guard let mappingPath else { return ImportMapping() }
        return MappingFile(console: console, catalog: catalog).load(mappingPath, ImportMapping.decode)?.mapping
    }

    /// `table.csv:5:2: error[import]: … [B5]`: row and column as numbers, and the cell as Excel
    /// names it; a workbook's cell is named with its sheet (`book.xlsx: error[import]: … [Budget!B7]`),
    /// as the table's row and column are not the sheet's; `table.csv: error[import]: …` for the
    /// whole table.
    private func line(_ issue: ImportIssue, _ severity: String, _ table: any BudgetTable, _ catalog: Catalog) -> String
    {
        guard !issue.isWholeTable else {
            return input + ": " + severity + "[import]: " + catalog.render(issue.message) + "\n"
        }
        let cell = " [" + table.cellName(row: issue.row, column: issue.column) + "]"
        let place = format == "csv" ? ":" + String(issue.row) + ":" + String(issue.column) : ""
        return input + place + ": " + severity + "[import]: " + catalog.render(issue.message) + cell + "\n"
    }

    /// The workbook's chosen sheet, or nil after printing why the workbook cannot be read.
    private func readSheet(_ bytes: [UInt8], _ catalog: Catalog) -> WorksheetTable? {
        do throws(WorkbookError) {
            var workbook = try WorkbookReader(bytes)
            return try workbook.table(sheet: sheet)
        } catch {
            let part = error.part.isEmpty ? "" : error.part + ": "
            console.err(input + ": error[input]: " + part + catalog.render(error.message) + "\n")
            return nil
        }
    }
}
