/// A budget and business plan of one samordningsförbund, as read from a plan file.
public struct Plan: Sendable {
    public let formatVersion: Int
    public let unit: AmountUnit
    public let federation: Federation
    public let members: [Member]
    public let policy: Policy
    /// Equity at the start of the first year; nil where the document does not state it
    /// (`openingEquity` omitted or `null`): each year's result is still known, its equity is not,
    /// until a year's declared figures state it (see ``Ledger``).
    public let openingEquity: Amount?
    /// Settable inside FinsamCore so a projection can copy the plan with other years and keep
    /// every other field, whatever fields the plan gains.
    public internal(set) var years: [Year]
    public let initiatives: [Initiative]
    /// What a projection assumes beyond the last year (``Assumptions/none`` when not written).
    public let assumptions: Assumptions
    /// Findings the board has accepted on purpose (`waivers`), applied after the rules run.
    public internal(set) var waivers: [Waiver] = []
    /// The board's adoption of the budget (`adoption`), when the plan records it.
    public internal(set) var adoption: Adoption? = nil
    /// The kind of document (`documentKind`, default `plan`).
    public internal(set) var documentKind = DocumentKind.plan
    private let memberIndex: PositionTable
    private let initiativeIndex: PositionTable
    /// True when no two members share an id (always, for a decoded plan).
    private let memberIDsUnique: Bool
    /// True when no two initiatives share an id (always, for a decoded plan: the decoder
    /// refuses a second one).
    private let initiativeIDsUnique: Bool

    public init(
        formatVersion: Int, unit: AmountUnit, federation: Federation, members: [Member],
        policy: Policy, openingEquity: Amount?, years: [Year], initiatives: [Initiative],
        assumptions: Assumptions = .none
    ) {
        self.init(
            formatVersion: formatVersion, unit: unit, federation: federation, members: members, policy: policy,
            openingEquity: openingEquity, years: years, initiatives: initiatives, assumptions: assumptions,
            initiativeIndex: Self.positionTable(of: initiatives.map(\.id)))
    }

    /// With the initiatives' index already made (each id's first position), as the decoder
    /// makes it while checking ids are unique.
    init(
        formatVersion: Int, unit: AmountUnit, federation: Federation, members: [Member],
        policy: Policy, openingEquity: Amount?, years: [Year], initiatives: [Initiative],
        assumptions: Assumptions, initiativeIndex: (PositionTable, unique: Bool)
    ) {
        self.formatVersion = formatVersion
        self.unit = unit
        self.federation = federation
        self.members = members
        self.policy = policy
        self.openingEquity = openingEquity
        self.years = years
        self.initiatives = initiatives
        self.assumptions = assumptions
        // Ids are unique (the decoder checks), so the first index wins only in theory.
        (self.memberIndex, self.memberIDsUnique) = Self.positionTable(of: members.map(\.id))
        (self.initiativeIndex, self.initiativeIDsUnique) = initiativeIndex
    }

    /// Each id at its first position, and whether every id was new.
    private static func positionTable(of ids: [String]) -> (PositionTable, unique: Bool) {
        var table = PositionTable(capacity: ids.count)
        var unique = true
        for position in ids.indices where table.insert(ids[position], at: position, keyAt: { ids[$0] }) != nil {
            unique = false
        }
        return (table, unique)
    }

    public func member(_ id: String) -> Member? { memberPosition(id).map { members[$0] } }
    /// The position of member `id` in ``members``.
    func memberPosition(_ id: String) -> Int? { memberIndex.position(of: id) { members[$0].id } }

    /// ``memberPosition(_:)``, comparing the id at `expected` first. Contributions are nearly
    /// always written in the members' order, so a caller walking them passes the position after
    /// the last one found and mostly saves hashing the id: with 150 000 municipalities, hashing
    /// each contribution's id in the ledger and the rules was most of a plan's checking time.
    func memberPosition(_ id: String, expected: Int) -> Int? {
        if memberIDsUnique, expected >= 0, expected < members.count, members[expected].id == id { return expected }
        return memberPosition(id)
    }
    /// The amounts of `contributions` summed by member, at the members' positions in
    /// ``members`` (nil: none written, or a sum too large to hold). One walk, each member found
    /// from the position after the last: looking every member up in the contributions made a
    /// table of a federation of many members quadratic.
    public func amountsByMember(_ contributions: Contributions) -> [Money?] {
        var amounts = [Money?](repeating: nil, count: members.count)
        var written = [Bool](repeating: false, count: members.count)
        forEachMember(of: contributions) { _, contribution, position in
            guard let position else { return }
            let amount = contribution.amount.money
            amounts[position] = written[position] ? amounts[position]?.adding(amount) : amount
            written[position] = true
        }
        return amounts
    }

    /// Each of `contributions` in order, with its index and its member's position in
    /// ``members`` (nil for an id the plan does not list), each member looked for first at the
    /// position after the last one found (``memberPosition(_:expected:)``): contributions are
    /// nearly always written in the members' order, so a year is one walk with little hashing.
    func forEachMember<E: Error>(
        of contributions: Contributions, _ body: (Int, Contribution, Int?) throws(E) -> Void
    ) throws(E) {
        // A year read in the members' order holds the members' own ids (``Contributions``):
        // contribution i is then member i, as the search below would find, without comparing.
        let inOrder = contributions.followsMembers && memberIDsUnique && contributions.count <= members.count
        var expected = 0
        for index in 0..<contributions.count {
            let contribution = contributions[index]
            let position = inOrder ? index : memberPosition(contribution.memberID, expected: expected)
            if let position { expected = position + 1 }
            try body(index, contribution, position)
        }
    }
    public func initiative(_ id: String) -> Initiative? { initiativePosition(id).map { initiatives[$0] } }
    /// The position of initiative `id` in ``initiatives``.
    public func initiativePosition(_ id: String) -> Int? {
        initiativeIndex.position(of: id) { initiatives[$0].id }
    }

    /// ``initiativePosition(_:)``, comparing the id at `expected` first: cost lines that fund
    /// initiatives mostly list them in the initiatives' order, so the ledger, walking a year's
    /// lines, passes the position after the last one found and mostly saves hashing the id.
    func initiativePosition(_ id: String, expected: Int) -> Int? {
        if initiativeIDsUnique, expected >= 0, expected < initiatives.count, initiatives[expected].id == id {
            return expected
        }
        return initiativePosition(id)
    }
}

public struct Federation: Sendable {
    public let name: String
    public let organisationNumber: String?
    public let ref: SourceRef
    public let organisationNumberRef: SourceRef?
}

/// A member of the federation (förbundsmedlem).
public struct Member: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Försäkringskassan and Arbetsförmedlingen: together they pay the state's half.
        case state
        case region
        case municipality
    }

    public let id: String
    public let name: String
    public let kind: Kind
    /// Inhabitants, where the municipal split key is population.
    public let population: Int64?
    public let ref: SourceRef
}

/// What a plan's year is: known outcome, forecast, the budget year or a plan year.
/// What kind of document a plan file transcribes. A business plan covers the budget year and
/// plan years; an interim report (delårsrapport) or an annual report (årsredovisning) covers
/// one year, and the rules about a plan's horizon and its adoption do not apply to it.
public enum DocumentKind: String, Sendable, CaseIterable {
    case plan
    case interimReport
    case annualReport
}

public enum YearStatus: String, Sendable, CaseIterable {
    case outcome
    case forecast
    case budget
    case plan
}

/// A cost line's category.
public enum CostCategory: String, Sendable, CaseIterable {
    /// Overhead: board, audit, the office (kansli), accounting.
    case administration
    /// Everything the federation funds or does for its purpose.
    case operations
    /// Financial costs (finansiella kostnader): interest and the like. Outside the operating
    /// costs (so outside total costs and the administration share's denominator), inside the
    /// year's result.
    case financial
}

/// An income line's category: operating income (the default), or financial income
/// (finansiella intäkter), which is outside total income and inside the year's result.
public enum IncomeCategory: String, Sendable, CaseIterable {
    case operations
    case financial
}

public struct Contribution: Sendable {
    public let memberID: String
    public let amount: Amount
    /// True where finsam derived the amount from the state's allocation (`stateAllocation`).
    public let derived: Bool

    public init(memberID: String, amount: Amount, derived: Bool = false) {
        self.memberID = memberID
        self.amount = amount
        self.derived = derived
    }
}

public struct IncomeLine: Sendable {
    public let name: String
    public let amount: Amount
    public let ref: SourceRef
    /// Operating (the default) or financial income.
    public internal(set) var category = IncomeCategory.operations
}

public struct CostLine: Sendable {
    // Stored in the order that packs them tightest (the one-byte fields last): a large plan
    // holds hundreds of thousands of lines.
    public let name: String
    /// The initiative this line funds, if any.
    public let initiativeID: String?
    /// A heading the document groups the line under, for declared subtotals.
    public let group: String?
    public let amount: Amount
    public let ref: SourceRef
    public let category: CostCategory
    /// For an operations line that funds several initiatives of one kind without naming one
    /// (a plan year's "Summa individinriktade insatser"): their target. Nil for a line that
    /// names its initiative (whose target counts) or that the document does not attribute.
    public internal(set) var target: Initiative.Target? = nil

    init(
        name: String, category: CostCategory, initiativeID: String?, group: String?, amount: Amount, ref: SourceRef,
        target: Initiative.Target? = nil
    ) {
        self.name = name
        self.initiativeID = initiativeID
        self.group = group
        self.amount = amount
        self.ref = ref
        self.category = category
        self.target = target
    }
}

/// A funded initiative (insats).
public struct Initiative: Sendable {
    public enum Target: String, Sendable, CaseIterable {
        case individual
        case structural
    }

    // Stored in the order that packs them tightest (the one-byte target last).
    public let id: String
    /// The name, as the file writes it (made into a `String` when asked for). Read from an
    /// array's element where many are: `name`, being computed, copies the whole initiative.
    let writtenName: WrittenText
    public var name: String { writtenName.string }
    /// The members that take part; nil when the plan does not say.
    public let memberIDs: [String]?
    /// Amounts the board has granted, by year: a decoded plan's initiatives share one array of
    /// grants, each holding its part (indices are those of that array: walk it, don't index it).
    public internal(set) var granted: ArraySlice<GrantedAmount>
    public let start: PlanDate?
    public let end: PlanDate?
    public let ref: SourceRef
    public let membersRef: SourceRef?
    public let target: Target

    init(
        id: String, name: String, target: Target, memberIDs: [String]?, start: PlanDate?, end: PlanDate?,
        granted: ArraySlice<GrantedAmount>, ref: SourceRef, membersRef: SourceRef?
    ) {
        self.init(
            id: id, writtenName: WrittenText(name), target: target, memberIDs: memberIDs, start: start, end: end,
            granted: granted, ref: ref, membersRef: membersRef)
    }

    init(
        id: String, writtenName: WrittenText, target: Target, memberIDs: [String]?, start: PlanDate?,
        end: PlanDate?, granted: ArraySlice<GrantedAmount>, ref: SourceRef, membersRef: SourceRef?
    ) {
        self.id = id
        self.writtenName = writtenName
        self.memberIDs = memberIDs
        self.granted = granted
        self.start = start
        self.end = end
        self.ref = ref
        self.membersRef = membersRef
        self.target = target
    }
}

public struct GrantedAmount: Sendable {
    public let year: Int
    public let amount: Amount
}
