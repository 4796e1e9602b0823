import FinsamCore

/// `finsam export sie PLAN --accounts MAP.json --output BUDGET.se [--year YEAR]`: the budget as
/// `#PBUDGET` records for the accounting system, in code page 437.
struct SIEExport {
    let plan: String
    let accounts: String
    let output: String
    let year: Int?
    /// The day the plan's waivers are judged on, as in validate.
    let today: PlanDate
    let language: Language
    let console: Console

    /// `--year`, else the budget year, else the first.
    func chosenYear(_ years: [Year]) -> Year? {
        if let year { return years.first { $0.year == year } }
        return years.first { $0.status == .budget } ?? years.first
    }

    func run() -> ExitCode {
        let catalog = Catalog(language: language)
        let inputs = SIEInputs(console: console, catalog: catalog)
        guard let (loaded, _) = inputs.plan(plan, today: today, language: language),
            let (map, mapBytes) = inputs.accounts(accounts)
        else {
            return .invalidInput
        }
        guard let chosen = chosenYear(loaded.plan.years) else {
            let message =
                year.map { Message("sie.plan_no_year_export", [.integer($0)]) } ?? Message("sie.export_no_year")
            console.err(plan + ":1:1: error[sie]: " + catalog.render(message) + "\n")
            return .invalidInput
        }
        let generated: PlanDate
        switch Today.date(console) {
        case .success(let date): generated = date
        case .failure(let error):
            console.err("finsam: error: " + error.message + "\n")
            return .usage
        }
        let files = SIEInputs.Files(
            books: output, accounts: accounts, accountsBytes: mapBytes, plan: plan, planMap: loaded.sourceMap)
        switch SIEBudgetExport(plan: loaded.plan, map: map, year: chosen, generated: generated).run() {
        case .failure(let failure):
            for issue in failure.issues { inputs.print(issue, files) }
            return .invalidInput
        case .success(let file):
            if case .failure(let message) = AtomicFile.write(file.bytes, to: output) {
                console.err("finsam: error: " + catalog.render(message) + "\n")
                return .invalidInput
            }
            if file.unencodable > 0 {
                console.err(
                    output + ":1:1: warning[sie]: "
                        + catalog.render(Message("sie.export_not_encodable", [.integer(file.unencodable)])) + "\n")
            }
            console.out(
                catalog.render(
                    Message(
                        "sie.export_written",
                        [
                            .code(output), .integer(file.records), .integer(chosen.year), .integer(file.type),
                        ])) + "\n")
            return .success
        }
    }
}
