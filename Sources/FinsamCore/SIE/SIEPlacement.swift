/// The year's rows of the books, placed by the accounts map: a sum for each map entry, the
/// account and object sums behind it (for `--dry-run`), and what could not be placed.
public struct SIEPlacement: Sendable {
    /// One account (and object) placed by one entry: the sum as the books have it, debit positive.
    public struct Part: Sendable, Equatable {
        public let account: String
        public let object: SIEObjectRef?
        public let entry: Int
        public var sum: Money
        public var rows: Int
    }

    /// A result account no entry places.
    public struct Unplaced: Sendable, Equatable {
        public let account: String
        public var sum: Money
        public var rows: Int
        public let line: Int
    }

    private struct PartKey: Hashable {
        let account: String
        let object: SIEObjectRef?
        let entry: Int
    }

    /// Debit-positive sum by map entry.
    public internal(set) var entrySums: [Money]
    public private(set) var parts: [Part] = []
    public private(set) var unplaced: [Unplaced] = []
    /// Rows dated after `asOf`, left out.
    public private(set) var afterAsOf = 0
    /// Rows dated outside the fiscal year, left out.
    public private(set) var outsideYear: [Int] = []
    /// Rows on balance accounts (class 1 and 2, or `#KTYP` T/S) and ignored accounts.
    public private(set) var balanceRows = 0

    init(books: SIEBooks, map: SIEAccountMap, year: SIEFiscalYear, asOf: PlanDate) throws(MoneyOverflow) {
        entrySums = Array(repeating: .zero, count: map.lines.count)
        var partIndex: [PartKey: Int] = [:]
        var unplacedIndex: [String: Int] = [:]
        for voucher in books.vouchers {
            for row in voucher.rows where row.counts {
                let date = row.date ?? voucher.date
                guard year.contains(date) else {
                    outsideYear.append(row.line)
                    continue
                }
                guard date <= asOf else {
                    afterAsOf += 1
                    continue
                }
                guard books.isResultAccount(row.account), !map.isIgnored(row.account) else {
                    balanceRows += 1
                    continue
                }
                guard let entry = map.entry(account: row.account, objects: row.objects) else {
                    if let index = unplacedIndex[row.account] {
                        unplaced[index].sum = try unplaced[index].sum.plus(row.amount)
                        unplaced[index].rows += 1
                    } else {
                        unplacedIndex[row.account] = unplaced.count
                        unplaced.append(Unplaced(account: row.account, sum: row.amount, rows: 1, line: row.line))
                    }
                    continue
                }
                entrySums[entry] = try entrySums[entry].plus(row.amount)
                let object = map.lines[entry].dimension.flatMap { dimension in
                    row.objects.first { $0.dimension == dimension && map.lines[entry].objects.contains($0.object) }
                }
                let key = PartKey(account: row.account, object: object, entry: entry)
                if let index = partIndex[key] {
                    parts[index].sum = try parts[index].sum.plus(row.amount)
                    parts[index].rows += 1
                } else {
                    partIndex[key] = parts.count
                    parts.append(Part(account: row.account, object: object, entry: entry, sum: row.amount, rows: 1))
                }
            }
        }
    }
}

extension SIEBooks {
    /// True for an account of the income statement: `#KTYP` I or K, or without a type, an
    /// account outside classes 1 and 2 (assets; equity and liabilities), as BAS and Kommun-Bas
    /// number them.
    public func isResultAccount(_ account: String) -> Bool {
        if let type = accounts[account]?.type {
            if type == "I" || type == "K" { return true }
            if type == "T" || type == "S" { return false }
        }
        guard let first = account.utf8.first else { return true }
        return first != UInt8(ascii: "1") && first != UInt8(ascii: "2")
    }

    /// Every voucher whose counted rows do not add up to zero, with the difference (debit − credit).
    public func unbalancedVouchers() throws(MoneyOverflow) -> [(voucher: SIEVoucher, difference: Money)] {
        var result: [(voucher: SIEVoucher, difference: Money)] = []
        for voucher in vouchers {
            var sum = Money.zero
            for row in voucher.rows where row.counts { sum = try sum.plus(row.amount) }
            if !sum.isZero { result.append((voucher, sum)) }
        }
        return result
    }
}
