import FinsamCore

/// `finsam export sie PLAN --accounts MAP.json --output BUDGET.se [--year YEAR]`: the budget as
/// `#PBUDGET` records for the accounting system, in code page 437.
struct SIEExport {
    let plan: String
    let accounts: String
    let output: String
    let year: Int?
    let language: Language
    let console: Console

    func run() -> ExitCode {
        let catalog = Catalog(language: language)
        let inputs = SIEInputs(console: console, catalog: catalog)
        guard let (loaded, _) = inputs.plan(plan, language: language), let (map, mapBytes) = inputs.accounts(accounts) else {
            return .invalidInput
        }
        let years = loaded.plan.years
        guard let chosen = year.map({ wanted in years.first { $0.year == wanted } })
            ?? years.first(where: { $0.status == .budget }) ?? years.first
        else {
            console.err(plan + ":1:1: error[sie]: " + catalog.render(Message(year.map { _ in "sie.plan_no_year" } ?? "sie.export_no_year",
                                                                                  [.integer(year ?? 0)])) + "\n")
            return .invalidInput
        }
        let generated: PlanDate
        switch Today.date(console) {
        case .success(let date): generated = date
        case .failure(let error):
            console.err("finsam: error: " + error.message + "\n")
            return .usage
        }
        let files = SIEInputs.Files(books: output, accounts: accounts, accountsBytes: mapBytes, plan: plan, planMap: loaded.sourceMap)
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
                console.err(output + ":1:1: warning[sie]: " + catalog.render(Message("sie.export_not_encodable", [.integer(file.unencodable)])) + "\n")
            }
            console.out(catalog.render(Message("sie.export_written", [
                .code(output), .integer(file.records), .integer(chosen.year), .integer(file.type),
            ])) + "\n")
            return .success
        }
    }
}
