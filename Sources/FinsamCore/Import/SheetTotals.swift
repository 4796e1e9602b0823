/// Every total the table prints, compared with what the imported plan computes from the lines
/// finsam placed (its ledger, as `finsam validate` computes it).
///
/// A printed total that disagrees is the sheet's own slip only when the sheet's other printed
/// totals agree with finsam's figure (``vouchers(_:_:)``): then the lines were read right and
/// the printed figure is wrong, which `finsam validate` reports. Otherwise finsam cannot tell its
/// reading from the sheet's, and the import writes nothing.
struct SheetTotals {
    /// A printed total that differs from the plan's figure.
    struct Mismatch {
        let place: SheetPlace
        let printed: Money
        let computed: Money
        /// True when the sheet's other totals agree with ``computed``.
        let sheetSlip: Bool
    }

    let placed: [PlacedRow]
    let ledger: Ledger

    /// Every printed total, year by year, that differs from the plan's figure by more than half
    /// its last printed digit (plus the plan's rounding tolerance).
    func mismatches() -> [Mismatch] {
        var found: [Mismatch] = []
        for (yearIndex, year) in ledger.years.enumerated() {
            let chain = Chain(placed: placed, year: yearIndex)
            // Worked out in table order, so a subtotal of subtotals finds its parts' figures.
            var figures = [Money?](repeating: nil, count: placed.count)
            for (rowIndex, row) in placed.enumerated() {
                figures[rowIndex] = Self.figure(row, year, parts: figures)
                guard let printed = row.values[yearIndex], let computed = figures[rowIndex] else { continue }
                let value = Self.printedValue(row.role, printed.money)
                guard differs(value, computed, slack: printed.precision.ore / 2) else { continue }
                let slip = chain.vouchers(row.role, group: row.group).contains { voucher in
                    !differs(voucher.value, computed, slack: voucher.slack)
                }
                found.append(
                    Mismatch(
                        place: SheetPlace(row: rowIndex, year: yearIndex), printed: value, computed: computed,
                        sheetSlip: slip))
            }
        }
        return found
    }

    private func differs(_ a: Money, _ b: Money, slack: Int64) -> Bool {
        guard let difference = a.subtracting(b)?.magnitude,
            let allowed = ledger.plan.policy.roundingTolerance.adding(Money(ore: slack))
        else { return true }
        return difference > allowed
    }

    /// Costs are positive in a plan however the sheet prints them.
    static func printedValue(_ role: RowRole, _ money: Money) -> Money {
        isCostTotal(role) ? money.magnitude ?? money : money
    }

    static func isCostTotal(_ role: RowRole) -> Bool {
        switch role {
        case .subtotal, .totalCosts, .operatingCosts, .nestedSubtotal, .financialCostsTotal: return true
        default: return false
        }
    }

    /// True for a row that prints a total of the plan (a figure ``figure(_:_:)`` computes).
    static func isTotal(_ role: RowRole) -> Bool {
        switch role {
        case .openingEquity, .closingEquity, .contributionsTotal, .totalContributions, .totalIncome, .fundsAvailable,
            .subtotal, .totalCosts, .operatingCosts, .result, .operatingResult, .nestedSubtotal, .financialNet,
            .financialIncomeTotal, .financialCostsTotal:
            return true
        default:
            return false
        }
    }

    /// The plan's figure a total row prints, or nil for a row that is no total. A subtotal of
    /// subtotals is the sum of its parts' figures (`parts`: the figures of the rows above).
    static func figure(_ row: PlacedRow, _ year: YearLedger, parts: [Money?] = []) -> Money? {
        switch row.role {
        case .nestedSubtotal(let indices):
            var sum: Money? = .zero
            for index in indices {
                sum = sum.flatMap { total in index < parts.count ? parts[index].flatMap { total.adding($0) } : nil }
            }
            return sum
        case .openingEquity: return year.openingEquity
        case .closingEquity: return year.closingEquity
        case .contributionsTotal, .totalContributions: return year.contributions
        case .totalIncome: return year.income
        case .fundsAvailable: return year.openingEquity.flatMap { $0.adding(year.income) }
        case .subtotal: return row.group.flatMap(year.costs(inGroup:))
        // Summa kostnader above the financial items, as Rörelsens kostnader: the operating costs.
        case .totalCosts, .operatingCosts: return year.costs
        case .result: return year.result
        case .operatingResult: return year.operatingResult
        case .financialNet: return year.statement.financialNet
        case .financialIncomeTotal: return year.statement.financialIncome
        case .financialCostsTotal: return year.statement.financialCosts
        default: return nil
        }
    }
}

/// The totals one year of the sheet prints (the last row of each kind), for telling the sheet's
/// slip from finsam's misreading: each figure is also what the others make it.
struct Chain {
    /// A value the sheet's other printed totals give a figure, with the rounding those allow.
    struct Voucher {
        let value: Money
        let slack: Int64
    }

    private var figures: [String: SheetAmount] = [:]
    private var subtotals: [(group: String?, amount: SheetAmount)] = []
    /// True when every cost line of the year lies in a group whose subtotal the year prints.
    private var subtotalsCoverCosts = true
    private var hasOtherIncome = false
    /// True when the table has financial items: the identities below (result = income − costs,
    /// closing = opening + income − costs) then need them too, so no printed total vouches for
    /// another and a disagreement is never called the sheet's own slip.
    private var hasFinancialItems = false

    init(placed: [PlacedRow], year: Int) {
        for row in placed {
            guard let printed = row.values[year] else {
                if case .cost = row.role, !row.counted { subtotalsCoverCosts = false }
                continue
            }
            let amount = SheetAmount(
                money: SheetTotals.printedValue(row.role, printed.money), precision: printed.precision)
            switch row.role {
            case .openingEquity: figures["O"] = figures["O"] ?? amount
            case .totalIncome: figures["I"] = amount
            case .totalContributions, .contributionsTotal: figures["C"] = amount
            case .fundsAvailable: figures["F"] = amount
            case .totalCosts: figures["K"] = amount
            case .operatingCosts: figures["k"] = amount
            case .result: figures["R"] = amount
            case .operatingResult: figures["r"] = amount
            case .closingEquity: figures["E"] = amount
            case .subtotal: subtotals.append((row.group, amount))
            case .cost: if !row.counted { subtotalsCoverCosts = false }
            default: break
            }
        }
        // Contributions are the income where the sheet has no other income.
        hasOtherIncome = placed.contains { $0.role == .otherIncome }
        // Operating costs and result are the costs and result only where the table has no
        // financial item.
        hasFinancialItems = placed.contains { $0.role == .financialIncome || $0.role == .cost(.financial) }
        if !hasFinancialItems {
            figures["K"] = figures["K"] ?? figures["k"]
            figures["R"] = figures["R"] ?? figures["r"]
        }
        if figures["I"] == nil && !hasOtherIncome { figures["I"] = figures["C"] }
        // A year's opening equity is the year before's closing equity, as the sheet prints both.
        figures["P"] = Self.printed(placed, .closingEquity, year: year - 1, last: true)
        figures["N"] = Self.printed(placed, .openingEquity, year: year + 1, last: false)
    }

    /// The figure of the last (or first) row of `role` that `year` prints, if the table has it.
    private static func printed(_ placed: [PlacedRow], _ role: RowRole, year: Int, last: Bool) -> SheetAmount? {
        let rows = placed.filter { $0.role == role && year >= 0 && year < $0.values.count && $0.values[year] != nil }
        return (last ? rows.last : rows.first)?.values[year]
    }

    /// What the other printed totals make the figure of `role`: costs are funds available less
    /// closing equity, the result closing less opening equity, and so on.
    func vouchers(_ role: RowRole, group: String?) -> [Voucher] {
        guard !hasFinancialItems || role == .subtotal else { return [] }
        let ways: [[(String, Int64)]]
        switch role {
        case .totalCosts:
            ways = [
                [("F", 1), ("E", -1)], [("F", 1), ("O", -1), ("R", -1)], [("I", 1), ("R", -1)],
                [("O", 1), ("I", 1), ("E", -1)],
            ]
        case .operatingCosts: ways = [[("I", 1), ("r", -1)]]
        case .result: ways = [[("I", 1), ("K", -1)], [("F", 1), ("O", -1), ("K", -1)], [("E", 1), ("O", -1)]]
        case .operatingResult: ways = [[("I", 1), ("k", -1)]]
        case .closingEquity:
            ways = [[("O", 1), ("R", 1)], [("F", 1), ("K", -1)], [("O", 1), ("I", 1), ("K", -1)], [("N", 1)]]
        case .fundsAvailable: ways = [[("O", 1), ("I", 1)], [("E", 1), ("K", 1)], [("O", 1), ("R", 1), ("K", 1)]]
        case .totalContributions where hasOtherIncome, .contributionsTotal where hasOtherIncome: return []
        case .totalIncome, .totalContributions, .contributionsTotal:
            ways = [[("F", 1), ("O", -1)], [("R", 1), ("K", 1)], [("E", 1), ("O", -1), ("K", 1)]]
        case .openingEquity: ways = [[("F", 1), ("I", -1)], [("E", 1), ("R", -1)], [("P", 1)]]
        case .subtotal: return subtotalVoucher(group).map { [$0] } ?? []
        default: return []
        }
        return ways.compactMap(combine)
    }

    /// A subtotal is the printed total costs less the other printed subtotals, where the
    /// subtotals cover every cost line.
    private func subtotalVoucher(_ group: String?) -> Voucher? {
        guard subtotalsCoverCosts, let costs = figures["K"], subtotals.filter({ $0.group == group }).count == 1 else {
            return nil
        }
        var terms = [(costs, Int64(1))]
        terms += subtotals.filter { $0.group != group }.map { ($0.amount, Int64(-1)) }
        return Self.sum(terms)
    }

    private func combine(_ terms: [(String, Int64)]) -> Voucher? {
        var amounts: [(SheetAmount, Int64)] = []
        for (key, sign) in terms {
            guard let amount = figures[key] else { return nil }
            amounts.append((amount, sign))
        }
        return Self.sum(amounts)
    }

    private static func sum(_ terms: [(SheetAmount, Int64)]) -> Voucher? {
        var total = Money.zero
        var slack: Int64 = 0
        for (amount, sign) in terms {
            guard let next = sign > 0 ? total.adding(amount.money) : total.subtracting(amount.money) else { return nil }
            total = next
            slack += amount.precision.ore / 2
        }
        return Voucher(value: total, slack: slack)
    }
}
