/// The budget of each plan line as an SIE file gives it in `#PBUDGET` records: how finsam
/// checks that `export sie` gives back the plan's budget, and how a budget kept in the
/// accounting system can be compared with the plan's.
///
/// A record with objects counts for the entry that names its object; an account's total (`{}`)
/// counts, less its objects' records counted that way, for the entry that places the account.
public enum SIEBudgetReadBack {
    /// The lines of `year` with their budget (positive, as the plan writes it) in `outcome`,
    /// and the issues met (lines the map does not name, amounts of the wrong sign).
    public static func lines(
        _ books: SIEBooks, map: SIEAccountMap, plan: Plan, year: Year
    ) throws(MoneyOverflow)
        -> (lines: [SIEOutcomeLine], issues: [SIEIssue])
    {
        var sums = Array(repeating: Money.zero, count: map.lines.count)
        var residual: [String: Money] = [:]
        let budget = books.periodAmounts.filter { $0.kind == .budget && $0.year == 0 }
        for record in budget where record.objects.isEmpty {
            let key = record.account + "\u{0}" + record.period.text
            residual[key] = try (residual[key] ?? .zero).plus(record.amount)
        }
        for record in budget where !record.objects.isEmpty {
            guard let entry = map.entry(account: record.account, objects: record.objects),
                !map.lines[entry].objects.isEmpty
            else { continue }
            sums[entry] = try sums[entry].plus(record.amount)
            let key = record.account + "\u{0}" + record.period.text
            residual[key] = try (residual[key] ?? .zero).minus(record.amount)
        }
        for record in budget where record.objects.isEmpty {
            let key = record.account + "\u{0}" + record.period.text
            guard let rest = residual.removeValue(forKey: key),
                let entry = map.entry(account: record.account, objects: [])
            else { continue }
            sums[entry] = try sums[entry].plus(rest)
        }
        var issues: [SIEIssue] = []
        let lines = try SIEOutcomeLines(map: map, plan: plan, year: year).resolve(
            SIEPlacement(entrySums: sums), issues: &issues)
        return (lines, issues)
    }
}

extension SIEPlacement {
    /// A placement of sums already made, per entry.
    init(entrySums: [Money]) {
        self.entrySums = entrySums
    }
}
