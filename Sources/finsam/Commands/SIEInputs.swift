import FinsamCore

/// Reading the inputs of `import sie` and `export sie`, and printing their messages as
/// `FILE:LINE:COLUMN: severity[sie]: …`.
struct SIEInputs {
    let console: Console
    let catalog: Catalog

    /// The plan, read and checked by the one loader as every command checks one, with its bytes
    /// (the follow-up is set into them); nil after printing why it cannot be had.
    func plan(_ path: String, today: PlanDate, language: Language) -> (loaded: LoadedPlan, bytes: [UInt8])? {
        let loaded = PlanLoader(options: CheckOptions(today: today), limit: InputLimit.default).check([path])
        guard case .success(let plans) = loaded.plans(console: console, language: language, usage: ImportCommand.usage),
            let plan = plans.first, case .success(let bytes) = loaded[0].input.bytes
        else { return nil }
        return (plan.loaded, bytes)
    }

    /// The accounts map and its bytes (for turning offsets into lines and columns).
    func accounts(_ path: String) -> (map: SIEAccountMap, bytes: [UInt8])? {
        MappingFile(console: console, catalog: catalog).load(path, SIEAccountMap.decode).map { ($0.mapping, $0.bytes) }
    }

    /// The books, read from code page 437.
    func books(_ path: String) -> SIEBooks? {
        switch FileReader.read(path) {
        case .failure(let message):
            console.err(path + ":1:1: error[input]: " + catalog.render(message) + "\n")
            return nil
        case .success(let bytes):
            do throws(SIEError) {
                return try SIEReader.read(bytes)
            } catch {
                console.err(
                    path + ":" + String(error.line) + ":" + String(error.column) + ": error[input]: "
                        + catalog.render(error.message) + "\n")
                return nil
            }
        }
    }

    /// Where each kind of place is, to print an issue.
    struct Files {
        let books: String
        let accounts: String
        let accountsBytes: [UInt8]
        let plan: String
        let planMap: SourceMap?
    }

    func print(_ issue: SIEIssue, _ files: Files) {
        let file: String
        let line: Int
        let column: Int
        switch issue.place {
        case .books(let l, let c): (file, line, column) = (files.books, l, c)
        case .accounts(let offset):
            let position = SourceMap(bytes: JSONReader.strippingBOM(files.accountsBytes)).position(of: offset)
            (file, line, column) = (files.accounts, position.line, position.column)
        case .plan(let offset):
            let position = files.planMap?.position(of: offset)
            (file, line, column) = (files.plan, position?.line ?? 1, position?.column ?? 1)
        }
        console.err(
            file + ":" + String(line) + ":" + String(column) + ": " + issue.severity.rawValue + "[sie]: "
                + catalog.render(issue.message) + "\n")
    }
}
