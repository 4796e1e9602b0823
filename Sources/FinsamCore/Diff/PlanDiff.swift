/// What a change to a plan does: per year, each figure that changed; initiatives added,
/// removed or changed; findings introduced and resolved.
///
/// Figures are matched by what they are (``PlanFigures``), findings by rule, year and message
/// (not by place), so moving lines or fields around changes nothing.
public struct PlanDiff: Sendable {
    /// A year's or an initiative's changes.
    public struct GroupChange: Sendable {
        public enum Presence: String, Sendable {
            case changed, added, removed
        }

        public let key: String
        public let title: Message
        public let presence: Presence
        public let changes: [FigureChange]
    }

    public let oldFile: String
    public let newFile: String
    /// The unit the newer plan writes amounts in.
    public let unit: AmountUnit
    public let years: [GroupChange]
    public let initiatives: [GroupChange]
    public let introduced: [Finding]
    public let resolved: [Finding]

    /// True when nothing that matters changed: no figure, initiative or finding.
    public var isEmpty: Bool { years.isEmpty && initiatives.isEmpty && introduced.isEmpty && resolved.isEmpty }

    /// The number of figures that changed, over years and initiatives.
    public var changedFigures: Int { (years + initiatives).reduce(0) { $0 + $1.changes.count } }

    public static func compare(_ old: CheckedPlan, _ new: CheckedPlan) -> PlanDiff {
        compare(old, new, oldFile: old.file, newFile: new.file)
    }

    /// The same where one side has no plan (a file added or deleted: git hands a difftool
    /// `/dev/null` for it): every year, initiative and finding of the other side is added or
    /// removed.
    public static func compare(_ old: CheckedPlan?, _ new: CheckedPlan?, oldFile: String, newFile: String) -> PlanDiff {
        let before = old.map(PlanFigures.init)
        let after = new.map(PlanFigures.init)
        let findings = FindingMatch(old: old?.findings ?? [], new: new?.findings ?? [])
        return PlanDiff(
            oldFile: oldFile, newFile: newFile, unit: (new ?? old)?.plan.unit ?? .kr,
            years: groups(before?.years ?? [], after?.years ?? []),
            initiatives: groups(before?.initiatives ?? [], after?.initiatives ?? []),
            introduced: findings.introduced, resolved: findings.resolved)
    }

    /// The groups present on either side that differ: in the newer plan's order, removed ones
    /// where they stood (years by number).
    static func groups(_ old: [PlanFigures.Group], _ new: [PlanFigures.Group]) -> [GroupChange] {
        let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map(\.key))
        var result: [(order: String, change: GroupChange)] = []
        for group in new {
            let presence: GroupChange.Presence = oldByKey[group.key] == nil ? .added : .changed
            let changes = FigureChange.between(oldByKey[group.key]?.rows ?? [], group.rows)
            guard !changes.isEmpty else { continue }
            result.append(
                (group.key, GroupChange(key: group.key, title: group.title, presence: presence, changes: changes)))
        }
        for group in old where !newKeys.contains(group.key) {
            let changes = FigureChange.between(group.rows, [])
            result.append(
                (group.key, GroupChange(key: group.key, title: group.title, presence: .removed, changes: changes)))
        }
        // Years as numbers (all four digits), initiatives by id: both sort as text.
        return result.sorted { $0.order.utf8.lexicographicallyPrecedes($1.order.utf8) }.map(\.change)
    }
}

/// One figure's value before and after; nil where the figure is not there.
public struct FigureChange: Sendable, Equatable {
    public let key: String
    public let label: Message
    public let old: FigureValue?
    public let new: FigureValue?

    /// New minus old, for an amount on both sides (nil on overflow, which a plan's own
    /// checked sums make impossible in practice).
    public var delta: Money? {
        guard case .money(let before)? = old, case .money(let after)? = new else { return nil }
        return after.subtracting(before)
    }

    /// New minus old in percentage points, for a share on both sides.
    public var pointsDelta: Percent? {
        guard case .percent(let before)? = old, case .percent(let after)? = new else { return nil }
        let (points, overflow) = after.basisPoints.subtractingReportingOverflow(before.basisPoints)
        return overflow ? nil : Percent(basisPoints: points)
    }

    /// The rows whose values differ, in the order of `new`, then those only in `old`.
    static func between(_ old: [FigureRow], _ new: [FigureRow]) -> [FigureChange] {
        let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map(\.key))
        var changes: [FigureChange] = []
        for row in new where oldByKey[row.key]?.value != row.value {
            changes.append(FigureChange(key: row.key, label: row.label, old: oldByKey[row.key]?.value, new: row.value))
        }
        for row in old where !newKeys.contains(row.key) {
            changes.append(FigureChange(key: row.key, label: row.label, old: row.value, new: nil))
        }
        return changes
    }
}

/// Findings matched by rule, year and message, as many times as each occurs.
struct FindingMatch {
    let introduced: [Finding]
    let resolved: [Finding]

    init(old: [Finding], new: [Finding]) {
        // Old findings bucketed by rule, year and message id, so a plan with thousands of
        // findings is not compared pair by pair; within a bucket the whole message decides.
        var buckets: [String: [Int]] = [:]
        for (index, finding) in old.enumerated() { buckets[Self.bucket(finding), default: []].append(index) }
        var matched = Set<Int>()
        var introduced: [Finding] = []
        for finding in new {
            let key = Self.bucket(finding)
            if let position = buckets[key]?.firstIndex(where: { old[$0].message == finding.message }),
                let index = buckets[key]?.remove(at: position)
            {
                matched.insert(index)
            } else {
                introduced.append(finding)
            }
        }
        self.introduced = introduced
        self.resolved = old.indices.filter { !matched.contains($0) }.map { old[$0] }
    }

    private static func bucket(_ finding: Finding) -> String {
        finding.ruleID + "\u{1F}" + (finding.year.map { String($0) } ?? "") + "\u{1F}" + finding.message.id
    }
}
