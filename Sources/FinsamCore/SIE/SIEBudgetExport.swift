/// `finsam export sie`: a year's budget as `#PBUDGET` records, one per account (and object)
/// and month, for the accounting system.
///
/// Each budget line goes on its map entry's `budgetAccount` (and first object), the year
/// spread evenly over the twelve months by largest remainder, so the months add up to the
/// line to the öre (the plan format has no monthly figures). Costs are debits (positive) and
/// income credits (negative), as balances are in SIE. Every account gets its total (`{}`) for
/// each month; where lines are budgeted on objects, the objects' records follow, and the file
/// is SIE type 3 (object balances), else type 2 (period balances): a type 2 reader ignores
/// object records, as the standard says.
public struct SIEBudgetExport: Sendable {
    public let plan: Plan
    public let map: SIEAccountMap
    public let year: Year
    /// The date in `#GEN`.
    public let generated: PlanDate

    public init(plan: Plan, map: SIEAccountMap, year: Year, generated: PlanDate) {
        self.plan = plan
        self.map = map
        self.year = year
        self.generated = generated
    }

    /// One month's figure on an account and object (none for the account's total).
    struct Record: Equatable {
        let account: String
        let object: SIEObjectRef?
        let month: Int
        var amount: Money
    }

    public struct SIEExportFailure: Error, Sendable {
        public let issues: [SIEIssue]
    }

    public struct Output: Sendable {
        public let bytes: [UInt8]
        public let records: Int
        public let type: Int
        public let unencodable: Int
    }

    /// The file, or the issues that stop it (a budget line no entry names, or names on an
    /// account another entry places first).
    public func run() -> Result<Output, SIEExportFailure> {
        var issues: [SIEIssue] = []
        if let total = year.unitemisedCosts, !total.money.isZero {
            // Costs given only as a total have no account: the budget would be short by them.
            issues.append(
                SIEIssue(
                    .error, Message("statement.sie_unitemised", [.integer(year.year), .money(total.money)]),
                    at: .plan(offset: total.ref.offset)))
        }
        var budgeted: [(entry: Int, amount: Money)] = []
        for (name, kind, amount) in budgetLines() {
            guard let entry = entry(for: name, kind: kind) else {
                issues.append(
                    SIEIssue(.error, Message("sie.export_unmapped_line", [.code(name)]), at: .accounts(offset: 0)))
                continue
            }
            let line = map.lines[entry]
            if map.entry(account: line.budgetAccount, objects: line.budgetObject.map { [$0] } ?? []) != entry {
                issues.append(
                    SIEIssue(
                        .error, Message("sie.map_budget_account_taken", [.code(line.budgetAccount), .code(name)]),
                        at: .accounts(offset: line.offset)))
                continue
            }
            // Income is a credit. A plan amount is never negative, so its negation exists.
            budgeted.append((entry, line.isIncome ? (amount.negated() ?? .zero) : amount))
        }
        guard issues.isEmpty else { return .failure(SIEExportFailure(issues: issues)) }
        guard let records = Self.records(budgeted, map: map) else {
            return .failure(SIEExportFailure(issues: [SIEIssue(.error, Message("sie.overflow"), at: .plan(offset: 0))]))
        }
        return .success(render(records))
    }

    /// The year's lines: contributions by member, other income, costs.
    func budgetLines() -> [(name: String, kind: LineKind, amount: Money)] {
        year.contributions.map { ($0.memberID, .member, $0.amount.money) }
            + year.otherIncome.map { ($0.name, .income, $0.amount.money) }
            + year.costs.map { ($0.name, .cost($0.initiativeID), $0.amount.money) }
    }

    enum LineKind {
        case member, income
        case cost(String?)
    }

    /// The first entry naming the line.
    func entry(for name: String, kind: LineKind) -> Int? {
        map.lines.firstIndex { entry in
            switch (entry.target, kind) {
            case (.member(let id), .member): return id == name
            case (.income(let income), .income): return income == name
            case (.cost(let cost), .cost): return cost == name
            case (.initiative(let id), .cost(let initiative)): return initiative == id
            default: return false
            }
        }
    }

    /// Twelve months of each line on its account and object, added up per account, object
    /// and month; every account's total per month first. Nil on overflow.
    static func records(_ lines: [(entry: Int, amount: Money)], map: SIEAccountMap) -> [Record]? {
        var byKey: [Record] = []
        var index: [String: Int] = [:]
        func add(_ account: String, _ object: SIEObjectRef?, _ month: Int, _ amount: Money) -> Bool {
            let key =
                account + "\u{0}" + (object.map { $0.dimension + "\u{0}" + $0.object } ?? "") + "\u{0}" + String(month)
            if let found = index[key] {
                guard let sum = byKey[found].amount.adding(amount) else { return false }
                byKey[found].amount = sum
            } else {
                index[key] = byKey.count
                byKey.append(Record(account: account, object: object, month: month, amount: amount))
            }
            return true
        }
        for (entry, amount) in lines {
            guard let magnitude = amount.magnitude,
                let parts = Allocation.largestRemainder(magnitude, weights: Array(repeating: 1, count: 12))
            else { return nil }
            let line = map.lines[entry]
            for (month, part) in parts.enumerated() {
                let signed = amount.isNegative ? Money(ore: -part.ore) : part
                guard add(line.budgetAccount, nil, month + 1, signed) else { return nil }
                if let object = line.budgetObject, !add(line.budgetAccount, object, month + 1, signed) { return nil }
            }
        }
        return byKey.sorted { a, b in
            if a.account != b.account { return a.account < b.account }
            if a.month != b.month { return a.month < b.month }
            return (a.object.map { [$0.dimension, $0.object] } ?? []).lexicographicallyPrecedes(
                b.object.map { [$0.dimension, $0.object] } ?? [])
        }
    }
}
