import FinsamCore

extension AllocateCommand {
    /// The rows with equity from their plans, the plans by federation id, and the files read.
    struct PlanReading {
        var rows: [FederationInput]
        var plans: [String: AllocationPlan]
        var files: [String]
    }

    /// Reads the plans the table names (`plan` column, relative to the table's folder) and,
    /// with `--plans DIR`, every plan under DIR matched to a row by file name (= id) or
    /// federation name. A row's equity from the table wins over its plan's. Nil after printing
    /// why a plan cannot be read (exit 2).
    func readPlans(_ rows: [FederationInput], today: PlanDate) -> PlanReading? {
        var reading = PlanReading(rows: rows, plans: [:], files: [])
        var directoryPlans: [(file: String, plan: AllocationPlan)] = []
        if let plansDirectory {
            for file in InputCollector.planFiles(under: plansDirectory) {
                guard let plan = check(file, today: today) else { return nil }
                directoryPlans.append((file, plan))
                reading.files.append(file)
            }
        }
        for (index, row) in rows.enumerated() {
            var plan: AllocationPlan?
            if let named = row.planFile {
                let file = relative(named)
                guard let checked = check(file, today: today) else { return nil }
                plan = checked
                reading.files.append(file)
            } else {
                plan =
                    directoryPlans.first { Self.stem($0.file) == row.id }?.plan
                    ?? directoryPlans.first { $0.plan.federation.lowercased() == row.name.lowercased() }?.plan
            }
            guard let plan else { continue }
            reading.plans[row.id] = plan
            if row.equity == nil { reading.rows[index] = row.with(equity: plan.equity(before: parameters.year)) }
        }
        let used = Set(reading.plans.values.map(\.loaded.file))
        for (file, _) in directoryPlans where !used.contains(file) {
            console.err(
                file + ": note: " + Catalog(language: options.language).render(Message("allocation.plan_unmatched"))
                    + "\n")
        }
        return reading
    }

    /// A plan read and checked by the one loader, as `finsam validate` checks it; nil after
    /// printing why it cannot be.
    func check(_ file: String, today: PlanDate) -> AllocationPlan? {
        let loader = PlanLoader(options: CheckOptions(today: today), limit: limit)
        guard
            case .success(let plans) = loader.check([file]).plans(
                console: console, language: options.language, usage: Self.usage),
            let plan = plans.first
        else { return nil }
        return AllocationPlan(plan)
    }

    /// A path from the table, read relative to the table's folder unless absolute.
    func relative(_ named: String) -> String {
        guard !named.hasPrefix("/"), let slash = path.lastIndex(of: "/") else { return named }
        return String(path[...slash]) + named
    }

    /// A file's name without folder and `.json`.
    static func stem(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }
}
