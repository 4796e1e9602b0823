#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import FinsamCore

/// `finsam import csv FILE --out PLAN`: a budget table saved from Excel as CSV, made a plan.
/// Writes nothing unless the whole table was placed (or `--partial`), and never over an input.
/// `finsam import sie` (the follow-up from the books) is ``SIEImport``.
struct ImportCommand: Command {
    static let name = "import"
    static let summary = "Make a plan from a budget table saved from Excel as CSV, or fill in its follow-up from SIE books."
    static let usage = "finsam import csv FILE --out PLAN.json [--mapping FILE] [--partial] [--unit kr|tkr] [--federation NAME]\n       "
        + SIEImport.usage
    static var options: [OptionSpec] {
        [
            .option("--out", "FILE", "The plan file to write (atomically; never one of the inputs)."),
            .option("--mapping", "FILE", "JSON saying which row is which member or category, and what the table lacks (docs/import.md)."),
            .flag("--partial", "Write what could be placed, and list what was left out."),
            .option("--unit", "UNIT", choices: ["kr", "tkr"], "The table's unit where it does not say (default: tkr if the table says so, else kr)."),
            .option("--federation", "NAME", "The federation's name, where the table does not print it."),
            languageOption,
        ] + SIEImport.options
    }

    let input: String
    let output: String
    let mappingPath: String?
    let partial: Bool
    let unit: AmountUnit?
    let federation: String?
    let language: Language
    let console: Console
    /// Set for `import sie`, which has its own options and run.
    let sie: SIEImport?

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard let format = arguments.positionals.first else { throw UsageError(message: "import needs a format: csv or sie") }
        if format == "sie" {
            let language = Self.language(arguments, console)
            sie = try SIEImport(arguments: arguments, language: language, console: console)
            (input, output, mappingPath, partial, unit, federation) = ("", "", nil, false, nil, nil)
            (self.language, self.console) = (language, console)
            return
        }
        sie = nil
        guard format == "csv" else {
            var message = "unknown import format '\(format)' (csv, sie)"
            if let near = Suggestion.nearest(to: format, in: ["csv", "sie"]) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        try SIEImport.refuse(SIEImport.sieOnly, in: arguments, format: "csv")
        guard arguments.positionals.count == 2 else { throw UsageError(message: "import csv needs exactly one CSV file") }
        input = arguments.positionals[1]
        guard let output = arguments.value("--output") ?? arguments.value("--out"), !output.isEmpty, !output.hasSuffix("/") else {
            throw UsageError(message: "import needs --out FILE: the plan file to write")
        }
        self.output = output
        mappingPath = arguments.value("--mapping")
        partial = arguments.has("--partial")
        unit = arguments.value("--unit").flatMap(AmountUnit.init(rawValue:))
        federation = arguments.value("--federation")
        language = Self.language(arguments, console)
        self.console = console
        for path in [input] + (mappingPath.map { [$0] } ?? []) where Self.sameFile(path, output) {
            throw UsageError(message: "--out \(output) is an input; import never overwrites its input")
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
        if let sie { return sie.run() }
        let catalog = Catalog(language: language)
        let bytes: [UInt8]
        switch FileReader.read(input) {
        case .success(let read): bytes = read
        case .failure(let message):
            console.err(input + ":1:1: error[input]: " + catalog.render(message) + "\n")
            return .invalidInput
        }
        guard let mapping = loadMapping(catalog) else { return .invalidInput }
        let (text, encoding) = SheetText.decode(bytes)
        let result = BudgetImporter(mapping: mapping, unit: unit, federation: federation).run(CSVTable(text: text))
        for note in result.notes { console.err(line(note, "note", catalog)) }
        let severity = partial && !result.hasFatal ? "warning" : "error"
        for issue in result.issues { console.err(line(issue, severity, catalog)) }
        guard let plan = result.plan, result.complete || partial else {
            console.err("finsam: " + catalog.render(Message("import.nothing_written", [.integer(result.issues.count)])) + "\n")
            return .invalidInput
        }
        // The plan must load as any plan file does; a table finsam misread is never written.
        let rendered = plan.rendered()
        do throws(InputError) {
            _ = try LoadedPlan.load(Array(rendered.utf8), file: output + " (not written)")
        } catch {
            console.err(PlanLoader.describe(error, language: language))
            console.err("finsam: " + catalog.render(Message("import.nothing_written", [.integer(1)])) + "\n")
            return .invalidInput
        }
        if let failure = AtomicFile.write(rendered, to: output) {
            console.err("finsam: error: " + catalog.render(Message("import.cannot_write", [.code(output), .text(failure)])) + "\n")
            return .invalidInput
        }
        console.out(catalog.render(Message("import.written", [
            .code(output), .integer(result.years), .integer(result.members), .integer(result.costLines), .text(encoding.rawValue),
        ])) + "\n")
        if !result.complete {
            console.out(catalog.render(Message("import.partial_written", [.code(output), .integer(result.issues.count)])) + "\n")
        }
        return .success
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

    /// `table.csv:5:2: error[import]: … [B5]`: row and column as numbers, and the cell as Excel names it.
    private func line(_ issue: ImportIssue, _ severity: String, _ catalog: Catalog) -> String {
        let cell = issue.row > 0 && issue.column > 0 ? " [" + CSVTable.columnName(issue.column) + String(issue.row) + "]" : ""
        return input + ":" + String(issue.row) + ":" + String(issue.column) + ": " + severity + "[import]: "
            + catalog.render(issue.message) + cell + "\n"
    }
}
