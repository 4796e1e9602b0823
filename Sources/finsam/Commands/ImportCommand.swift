#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import FinsamCore

/// `finsam import csv FILE --out PLAN`: a budget table saved from Excel as CSV, made a plan.
/// Writes nothing unless the whole table was placed and its printed totals reconciled (or
/// `--partial`), and never over an input. Prints what it made of each row; `--dry-run` only that.
struct ImportCommand: Command {
    static let name = "import"
    static let summary = "Make a plan from a budget table saved from Excel as CSV."
    static let usage = "finsam import csv FILE (--output PLAN.json | --dry-run) [--mapping FILE] [--partial] [--unit kr|tkr] [--federation NAME]"
    static var options: [OptionSpec] {
        [
            .option("--output", "FILE", "The plan file to write (atomically; never one of the inputs)."),
            .option("--out", "FILE", "Same as --output."),
            .flag("--dry-run", "Print what each row would become, and check the totals, without writing anything."),
            .option("--mapping", "FILE", "JSON saying which row is which member or category, and what the table lacks (docs/import.md)."),
            .flag("--partial", "Write what could be placed, and list what was left out."),
            .option("--unit", "UNIT", choices: ["kr", "tkr"], "The table's unit where it does not say (default: tkr if the table says so, else kr)."),
            .option("--federation", "NAME", "The federation's name, where the table does not print it."),
            languageOption,
        ]
    }

    let input: String
    /// nil with `--dry-run`.
    let output: String?
    let mappingPath: String?
    let partial: Bool
    let unit: AmountUnit?
    let federation: String?
    let language: Language
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard let format = arguments.positionals.first else { throw UsageError(message: "import needs a format: csv") }
        guard format == "csv" else {
            var message = "unknown import format '\(format)' (csv)"
            if Suggestion.nearest(to: format, in: ["csv"]) != nil { message += "; did you mean 'csv'?" }
            throw UsageError(message: message)
        }
        guard arguments.positionals.count == 2 else { throw UsageError(message: "import csv needs exactly one CSV file") }
        input = arguments.positionals[1]
        let output = arguments.value("--output") ?? arguments.value("--out")
        if arguments.has("--dry-run") {
            self.output = nil
        } else {
            guard let output, !output.isEmpty, !output.hasSuffix("/") else {
                throw UsageError(message: "import needs --output FILE (the plan file to write) or --dry-run")
            }
            self.output = output
        }
        mappingPath = arguments.value("--mapping")
        partial = arguments.has("--partial")
        unit = arguments.value("--unit").flatMap(AmountUnit.init(rawValue:))
        federation = arguments.value("--federation")
        language = Self.language(arguments, console)
        self.console = console
        for path in [input] + (mappingPath.map { [$0] } ?? []) where output.map({ Self.sameFile(path, $0) }) ?? false {
            throw UsageError(message: "--output \(output ?? "") is an input; import never overwrites its input")
        }
    }

    /// True when both paths name one file (the same text, or the same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    func run() -> ExitCode {
        let plain = Catalog(language: language)
        let bytes: [UInt8]
        switch FileReader.read(input) {
        case .success(let read): bytes = read
        case .failure(let message):
            console.err(input + ": error[input]: " + plain.render(message) + "\n")
            return .invalidInput
        }
        guard let mapping = loadMapping(plain) else { return .invalidInput }
        let (text, encoding) = SheetText.decode(bytes)
        let result = BudgetImporter(mapping: mapping, unit: unit, federation: federation).run(CSVTable(text: text))
        // Figures in messages in the table's unit, as the user reads them on the paper.
        let catalog = Catalog(language: language, unit: result.unit)
        printPlacement(result, catalog)
        for note in result.notes { console.err(line(note, "note", catalog)) }
        let severity = partial && !result.hasFatal ? "warning" : "error"
        for issue in result.issues { console.err(line(issue, severity, catalog)) }
        guard let plan = result.plan, result.complete || partial else {
            let id = output == nil ? "import.dry_run_refused" : "import.nothing_written"
            console.err("finsam: " + catalog.render(Message(id, [.integer(result.issues.count)])) + "\n")
            return .invalidInput
        }
        return write(plan, result, encoding: encoding, catalog)
    }

    /// Loads the plan as any plan file is loaded (a table finsam misread is never written),
    /// then writes it, or with `--dry-run` says what would have been written.
    private func write(_ plan: JSONOutput, _ result: ImportResult, encoding: SheetText.Encoding, _ catalog: Catalog) -> ExitCode {
        let rendered = plan.rendered()
        do throws(InputError) {
            _ = try LoadedPlan.load(Array(rendered.utf8), file: (output ?? input) + " (not written)")
        } catch {
            console.err(PlanLoader.describe(error, language: language))
            console.err("finsam: " + catalog.render(Message("import.nothing_written", [.integer(1)])) + "\n")
            return .invalidInput
        }
        let counts: [Message.Argument] = [.integer(result.years), .integer(result.members), .integer(result.costLines)]
        guard let output else {
            console.out(catalog.render(Message("import.dry_run", counts)) + "\n")
            return .success
        }
        if let failure = AtomicFile.write(rendered, to: output) {
            console.err("finsam: error: " + catalog.render(Message("import.cannot_write", [.code(output), .text(failure)])) + "\n")
            return .invalidInput
        }
        console.out(catalog.render(Message("import.written", [.code(output)] + counts + [.text(encoding.rawValue)])) + "\n")
        if !result.complete {
            console.out(catalog.render(Message("import.partial_written", [.code(output), .integer(result.issues.count)])) + "\n")
        }
        return .success
    }

    /// One line per row: `  12  Delsumma verksamhet → subtotal of group Verksamhet; agrees with the lines`.
    private func printPlacement(_ result: ImportResult, _ catalog: Catalog) {
        guard !result.placement.isEmpty else { return }
        var text = catalog.render(Message("import.placement_header", [.code(input)])) + "\n"
        let width = String(result.placement.last?.row ?? 0).count
        for place in result.placement {
            let number = String(place.row)
            text += "  " + String(repeating: " ", count: max(0, width - number.count)) + number + "  " + place.label + " → "
                + catalog.render(place.description) + "\n"
        }
        console.out(text)
    }

    /// The mapping, or nil after printing why it cannot be used.
    private func loadMapping(_ catalog: Catalog) -> ImportMapping? {
        guard let mappingPath else { return ImportMapping() }
        switch FileReader.read(mappingPath) {
        case .failure(let message):
            console.err(mappingPath + ":1:1: error[input]: " + catalog.render(message) + "\n")
            return nil
        case .success(let bytes):
            do throws(ImportMappingError) {
                return try ImportMapping.decode(bytes)
            } catch {
                let position = SourceMap(bytes: JSONReader.strippingBOM(bytes)).position(of: error.offset)
                console.err(mappingPath + ":" + String(position.line) + ":" + String(position.column) + ": error[input]: "
                    + catalog.render(error.message) + "\n")
                return nil
            }
        }
    }

    /// `table.csv:5:2: error[import]: … [B5]`: row and column as numbers, and the cell as Excel
    /// names it; `table.csv: error[import]: …` for the whole table.
    private func line(_ issue: ImportIssue, _ severity: String, _ catalog: Catalog) -> String {
        guard !issue.isWholeTable else { return input + ": " + severity + "[import]: " + catalog.render(issue.message) + "\n" }
        return input + ":" + String(issue.row) + ":" + String(issue.column) + ": " + severity + "[import]: "
            + catalog.render(issue.message) + " [" + CSVTable.columnName(issue.column) + String(issue.row) + "]\n"
    }
}
