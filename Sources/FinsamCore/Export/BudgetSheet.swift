/// A plan's budget as the Swedish table `finsam import csv` reads: members, other income and
/// opening equity under Intäkter, the lines under Kostnader with a Delsumma after each group,
/// then the totals. Figures are the ledger's, so the totals always add up; the CSV and XLSX
/// exports both draw this sheet.
public struct BudgetSheet: Sendable {
    public enum Kind: Sendable, Equatable {
        case section, member, contributionsTotal, otherIncome, openingEquity, incomeTotal
        case cost, subtotal, costsTotal, result, closingEquity
        /// Rörelseresultat, and the financial items under their two headings, where a year has them.
        case operatingResult, financialIncome, financialCost
    }

    public struct Row: Sendable {
        public let kind: Kind
        public let label: String
        /// One amount per year; nil where the year has no such line.
        public let amounts: [Money?]
        /// For totals: the rows (indices into ``BudgetSheet/rows``) whose sum it is.
        public var sums: [Int] = []
    }

    public let federation: String
    public let unit: AmountUnit
    public let years: [(year: Int, status: YearStatus)]
    public private(set) var rows: [Row] = []

    /// The sheet of a plan's years.
    public init(_ ledger: Ledger) {
        federation = ledger.plan.federation.name
        unit = ledger.plan.unit
        years = ledger.years.map { ($0.number, $0.year.status) }
        let years = ledger.years
        rows.append(Row(kind: .section, label: "Intäkter", amounts: years.map { _ in nil }))
        var income: [Int] = []
        let derived = !years.isEmpty && years.allSatisfy { $0.year.contributions.contains(where: \.derived) }
        if derived {
            income.append(add(.contributionsTotal, "Anslag", years.map { $0.contributions }))
        } else {
            // Under a heading, so that `import csv` reads every row as a member whatever its name.
            add(.section, "Medlemsbidrag", years.map { _ in nil })
            var members: [Int] = []
            let byMember = years.map { ledger.plan.amountsByMember($0.year.contributions) }
            for (position, member) in ledger.plan.members.enumerated() {
                let amounts = byMember.map { $0[position] }
                guard amounts.contains(where: { $0.map { !$0.isZero } ?? false }) else { continue }
                members.append(add(.member, member.name, amounts))
            }
            income += members
            add(.subtotal, "Summa medlemsbidrag", years.map(\.contributions), sums: members)
        }
        let otherIncome = Self.lines(
            years.map {
                $0.year.otherIncome.filter { $0.category == .operations }.map {
                    ($0.name, nil as String?, $0.amount.money)
                }
            })
        if !otherIncome.isEmpty { add(.section, "Övriga intäkter", years.map { _ in nil }) }
        for (name, amounts) in otherIncome {
            income.append(add(.otherIncome, name.0, amounts))
        }
        // An equity the plan does not state is an empty cell, never a zero: the total above it
        // is then the income alone, and the closing equity is empty too.
        income.append(add(.openingEquity, "Balanserat resultat", years.map(\.openingEquity)))
        let incomeTotal = add(
            .incomeTotal, "Summa intäkter",
            years.map { year -> Money? in
                guard let opening = year.openingEquity else { return year.income }
                return opening.adding(year.income)
            },
            sums: income)
        addCosts(years)
        let costsTotal = rows.count - 1
        // With financial items the result is no longer Summa intäkter − balanserat − kostnader.
        let financial = addFinancialItems(years)
        let result = add(
            .result, "Resultat", years.map(\.result),
            sums: financial ? [] : [incomeTotal, income.last ?? incomeTotal, costsTotal])
        _ = add(
            .closingEquity, "Utgående eget kapital", years.map(\.closingEquity),
            sums: [income.last ?? incomeTotal, result])
    }

    @discardableResult
    private mutating func add(_ kind: Kind, _ label: String, _ amounts: [Money?], sums: [Int] = []) -> Int {
        rows.append(Row(kind: kind, label: label, amounts: amounts, sums: sums))
        return rows.count - 1
    }

    /// Cost lines in the order they first appear, a Delsumma after each run of one group.
    private mutating func addCosts(_ years: [YearLedger]) {
        add(.section, "Kostnader", years.map { _ in nil })
        var lines: [Int] = []
        var block: [Int] = []
        var group: String?
        let all = Self.grouped(
            Self.lines(
                years.map {
                    $0.year.costs.filter { $0.category != .financial }.map { ($0.name, $0.group, $0.amount.money) }
                }))
        func closeGroup() {
            if let group, !block.isEmpty {
                // A year with no line in the group prints no subtotal for it.
                let amounts = years.map { year in
                    year.year.costs.contains { $0.group == group } ? year.costs(inGroup: group) : nil
                }
                add(.subtotal, "Delsumma " + group.lowercased(), amounts, sums: block)
            }
            block = []
        }
        for (key, amounts) in all {
            if key.1 != group {
                closeGroup()
                group = key.1
            }
            let index = add(.cost, key.0, amounts)
            lines.append(index)
            block.append(index)
        }
        closeGroup()
        if years.contains(where: \.statement.hasUnitemisedCosts) {
            // Costs the plan gives only as a total: one line, so that Summa kostnader adds up.
            lines.append(add(.cost, "Ej specificerade kostnader", years.map { $0.statement.unitemisedCosts }))
        }
        add(.costsTotal, "Summa kostnader", years.map(\.costs), sums: lines)
    }

    /// Rörelseresultat, then Finansiella intäkter and Finansiella kostnader line by line under
    /// their headings (which `import csv` reads them by), where some year has financial items.
    /// Returns whether it added any.
    private mutating func addFinancialItems(_ years: [YearLedger]) -> Bool {
        guard years.contains(where: \.statement.hasFinancialItems) else { return false }
        add(.operatingResult, "Rörelseresultat", years.map(\.operatingResult))
        let income = Self.lines(
            years.map {
                $0.year.otherIncome.filter { $0.category == .financial }.map {
                    ($0.name, nil as String?, $0.amount.money)
                }
            })
        let costs = Self.lines(
            years.map {
                $0.year.costs.filter { $0.category == .financial }.map { ($0.name, nil as String?, $0.amount.money) }
            })
        for (heading, kind, lines) in [
            ("Finansiella intäkter", Kind.financialIncome, income), ("Finansiella kostnader", .financialCost, costs),
        ]
        where !lines.isEmpty {
            add(.section, heading, years.map { _ in nil })
            for (key, amounts) in lines { add(kind, key.0, amounts) }
        }
        return true
    }

    /// One entry per line name (and the group it first appears in), in first-appearance order;
    /// lines of the same name in one year are added (nil where the sum overflows); a year
    /// without the line has nil. One pass with the names in a dictionary: searching the keys
    /// for every line made a plan of many lines quadratic.
    static func lines(_ perYear: [[(String, String?, Money)]]) -> [((String, String?), [Money?])] {
        var position: [String: Int] = [:]
        var keys: [(String, String?)] = []
        var sums: [[Money?]] = []
        var present: [[Bool]] = []
        for (column, year) in perYear.enumerated() {
            for (name, group, amount) in year {
                let index: Int
                if let known = position[name] {
                    index = known
                } else {
                    index = keys.count
                    position[name] = index
                    keys.append((name, group))
                    sums.append([Money?](repeating: nil, count: perYear.count))
                    present.append([Bool](repeating: false, count: perYear.count))
                }
                sums[index][column] = present[index][column] ? sums[index][column]?.adding(amount) : amount
                present[index][column] = true
            }
        }
        return keys.indices.map { (keys[$0], sums[$0]) }
    }

    /// `lines` with the lines of each group together, the groups in the order they first
    /// appear (a plan whose budget year itemises a group and whose plan years give it as one
    /// line prints one Delsumma for it, not one per run); lines in no group stay where they are.
    static func grouped(_ lines: [((String, String?), [Money?])]) -> [((String, String?), [Money?])] {
        var rank: [String: Int] = [:]
        var ranks: [Int] = []
        for (index, line) in lines.enumerated() {
            guard let group = line.0.1 else {
                ranks.append(index)
                continue
            }
            if rank[group] == nil { rank[group] = index }
            ranks.append(rank[group] ?? index)
        }
        return lines.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { lines[$0] }
    }

    /// The header title of a year: `Budget 2024`, `Plan 2025`, `Prognos 2023`, `Utfall 2022`.
    public static func title(_ year: Int, _ status: YearStatus) -> String {
        let word: String
        switch status {
        case .outcome: word = "Utfall"
        case .forecast: word = "Prognos"
        case .budget: word = "Budget"
        case .plan: word = "Plan"
        }
        return word + " " + String(year)
    }
}
