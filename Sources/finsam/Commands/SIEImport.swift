import FinsamCore

/// `finsam import sie BOOKS.se --plan PLAN.json --as-of DATE --accounts MAP.json --output FILE`:
/// the plan with the follow-up of the year of `--as-of` taken from the books. Writes nothing
/// when the books fail a check, and never over an input; `--dry-run` prints the placement.
struct SIEImport {
    /// The options of `import sie` alone (`--output`, `--dry-run` and `--partial` are import's own).
    static var options: [OptionSpec] {
        [
            .option("--plan", "FILE", "import sie: the plan whose follow-up the books fill in."),
            .option("--as-of", "DATE", "import sie: the outcome to this date (YYYY-MM-DD), in the plan's year."),
            .option(
                "--accounts", "FILE", "import/export sie: which accounts and objects make which line (docs/import.md)."),
        ]
    }

    let books: String
    let plan: String
    let accounts: String
    let output: String?
    let asOf: PlanDate
    let partial: Bool
    let dryRun: Bool
    let language: Language
    /// The day the plan's waivers are judged on, as in validate.
    let today: PlanDate
    let console: Console

    /// Options that belong to the other format: given to this one, they are a mistake.
    static let csvOnly = ["--mapping", "--unit", "--federation"]
    static let sieOnly = ["--plan", "--as-of", "--accounts"]

    static func refuse(_ names: [String], in arguments: ParsedArguments, format: String) throws(UsageError) {
        if let name = names.first(where: arguments.has) {
            throw UsageError(message: "\(name) is not an option of import \(format)")
        }
    }

    init(arguments: ParsedArguments, language: Language, console: Console) throws(UsageError) {
        try Self.refuse(Self.csvOnly, in: arguments, format: "sie")
        guard arguments.positionals.count == 2 else {
            throw UsageError(message: "import sie needs exactly one SIE file")
        }
        books = arguments.positionals[1]
        guard let plan = arguments.value("--plan") else {
            throw UsageError(message: "import sie needs --plan FILE: the plan to follow up")
        }
        guard let accounts = arguments.value("--accounts") else {
            throw UsageError(message: "import sie needs --accounts FILE: the accounts map")
        }
        guard let text = arguments.value("--as-of") else {
            throw UsageError(message: "import sie needs --as-of YYYY-MM-DD")
        }
        guard let asOf = PlanDate.parse(text) else {
            throw UsageError(message: "--as-of '\(text)' is not a date YYYY-MM-DD")
        }
        dryRun = arguments.has("--dry-run")
        output = try arguments(CommonOptions.output)
        if output == nil && !dryRun { throw UsageError(message: "import sie needs --output FILE (or --dry-run)") }
        if let output { try AtomicFile.refuseInput(output, among: [books, plan, accounts], language: language) }
        (self.plan, self.accounts, self.asOf) = (plan, accounts, asOf)
        partial = arguments.has("--partial")
        today = try Today.date(console).get()
        self.language = language
        self.console = console
    }

    func run() -> ExitCode {
        let catalog = Catalog(language: language)
        let inputs = SIEInputs(console: console, catalog: catalog)
        guard let (loaded, planBytes) = inputs.plan(plan, today: today, language: language),
            let (map, mapBytes) = inputs.accounts(accounts),
            let books = inputs.books(self.books)
        else { return .invalidInput }
        let files = SIEInputs.Files(
            books: self.books, accounts: accounts, accountsBytes: mapBytes, plan: plan, planMap: loaded.sourceMap)
        let result = SIEFollowUpImport(books: books, map: map, loaded: loaded, asOf: asOf, partial: partial).run()
        for issue in result.issues { inputs.print(issue, files) }
        if dryRun { printPlacement(result, books: books, map: map, catalog: catalog) }
        guard let followUp = result.followUp, !result.hasErrors, let yearIndex = result.yearIndex else {
            console.err(
                "finsam: "
                    + catalog.render(
                        Message("sie.nothing_written", [.integer(result.issues.filter { $0.severity == .error }.count)])
                    ) + "\n")
            return .invalidInput
        }
        guard !dryRun, let output else { return .success }
        let year = loaded.plan.years[yearIndex].year
        guard let spliced = FollowUpSplice.splice(planBytes, document: loaded.document, year: year, followUp: followUp)
        else {
            console.err(
                plan + ":1:1: error[input]: " + catalog.render(Message("sie.plan_no_year", [.integer(year)])) + "\n")
            return .invalidInput
        }
        // What is written must load as a plan, with the outcomes just computed.
        if case .failure(let error) = Pipeline.check(
            spliced, file: output + " (not written)", options: CheckOptions(today: today))
        {
            console.err(InputErrorText.line(error, language: language))
            return .invalidInput
        }
        if case .failure(let message) = AtomicFile.write(spliced, to: output) {
            console.err("finsam: error: " + catalog.render(message) + "\n")
            return .invalidInput
        }
        console.out(
            catalog.render(
                Message("sie.written", [.code(output), .code(asOf.description), .integer(result.lines.count)])) + "\n")
        return .success
    }

    /// Each account (and object) → the line it goes on, with its sum as the books have it, then
    /// each line's outcome as the plan will have it.
    private func printPlacement(_ result: SIEImportResult, books: SIEBooks, map: SIEAccountMap, catalog: Catalog) {
        guard let placement = result.placement else { return }
        for part in placement.parts {
            let line = result.lines.first { $0.entries.contains(part.entry) }
            var source = part.account + (books.accounts[part.account]?.name.map { " " + $0 } ?? "")
            if let object = part.object { source += " {" + object.dimension + " " + object.object + "}" }
            console.out(
                catalog.render(
                    Message(
                        "sie.placement",
                        [
                            .text(source), .text(line?.name ?? "?"), .money(part.sum), .integer(part.rows),
                        ])) + "\n")
        }
        for line in result.lines {
            let side = line.isIncome ? (language == .sv ? "intäkt" : "income") : (language == .sv ? "kostnad" : "cost")
            console.out(
                catalog.render(Message("sie.line_total", [.text(side), .text(line.name), .money(line.outcome)])) + "\n")
        }
    }
}
