/// Which accounts (and objects) of the books make which line of the plan: the `--accounts`
/// file of `finsam import sie` and `finsam export sie`.
///
/// ```json
/// {"projectDimension": "6", "equity": ["2010-2099"], "ignore": ["8999"],
///  "lines": [{"member": "staten", "accounts": "3510-3511"},
///            {"initiative": "enter", "objects": ["P12"], "accounts": "4000-7999"},
///            {"cost": "Kansli", "accounts": ["5000-5999", "6000-6999"], "budgetAccount": "5010"}]}
/// ```
public struct SIEAccountMap: Sendable {
    public var lines: [SIEMapEntry] = []
    /// The equity accounts whose opening balances (`#IB`) are compared with the plan's.
    public var equity: [SIEAccountRange] = []
    /// Result accounts left out on purpose (closing entries and the like).
    public var ignore: [SIEAccountRange] = []
    /// The dimension whose objects are the initiatives, for entries that name objects only.
    public var projectDimension: String?

    public init() {}

    static let knownFields = ["lines", "equity", "ignore", "projectDimension"]
    static let entryFields = [
        "member", "income", "cost", "initiative", "category", "accounts", "dimension", "objects", "budgetAccount",
    ]

    public func isIgnored(_ account: String) -> Bool { ignore.contains { $0.contains(account) } }
    public func isEquity(_ account: String) -> Bool { equity.contains { $0.contains(account) } }

    /// The entry that places a row: one naming an object the row carries wins over one that
    /// names none; among equals, the first in the file.
    public func entry(account: String, objects: [SIEObjectRef]) -> Int? {
        let candidates = lines.indices.filter { lines[$0].accounts.contains { $0.contains(account) } }
        if let specific = candidates.first(where: { index in
            let entry = lines[index]
            guard let dimension = entry.dimension, !entry.objects.isEmpty else { return false }
            return objects.contains { $0.dimension == dimension && entry.objects.contains($0.object) }
        }) {
            return specific
        }
        return candidates.first { lines[$0].objects.isEmpty }
    }
}

/// One entry of the map: the accounts and objects of one line.
public struct SIEMapEntry: Sendable {
    public enum Target: Sendable, Equatable {
        /// A member's contribution, by member id.
        case member(String)
        /// Other income, by line name.
        case income(String)
        /// A cost line, by name.
        case cost(String)
        /// The cost line that funds an initiative, by initiative id.
        case initiative(String)
    }

    public let target: Target
    public let accounts: [SIEAccountRange]
    public let dimension: String?
    public let objects: [String]
    /// The account `export sie` budgets the line on (default: the first account of the ranges).
    public let budgetAccount: String
    /// For a cost line the budget does not have.
    public let category: CostCategory?
    /// Where the entry starts in the map file.
    public let offset: Int

    public var isIncome: Bool {
        switch target {
        case .member, .income: return true
        case .cost, .initiative: return false
        }
    }

    /// The object `export sie` budgets the line on, if it names any.
    public var budgetObject: SIEObjectRef? {
        guard let dimension, let first = objects.first else { return nil }
        return SIEObjectRef(dimension: dimension, object: first)
    }
}
