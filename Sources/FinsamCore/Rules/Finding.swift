/// How serious a finding is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Something a rule found in a plan: what, how serious, where, and the figures it compared.
public struct Finding: Sendable, Equatable {
    /// A place in a plan file.
    public struct Location: Sendable, Equatable {
        public let file: String
        public let line: Int
        public let column: Int
        public let pointer: JSONPointer

        public init(file: String, line: Int, column: Int, pointer: JSONPointer) {
            self.file = file
            self.line = line
            self.column = column
            self.pointer = pointer
        }
    }

    public let ruleID: String
    public let message: Message
    public let location: Location
    /// The figures the rule compared, by name, in the order the rule gives them.
    public let figures: [Figure]
    /// The plan's waiver that accepts this finding: it is reported, but does not fail the run.
    public var waiver: Waiver? {
        get { extras?.waiver }
        set {
            extras = FindingExtras.with(
                waivers: newValue.map { WaiverList([$0]) }, waiverIndex: 0, forecastAsOf: forecastAsOf)
        }
    }
    /// For a finding about a followed-up year as forecast: the follow-up's date; nil for the
    /// figures the plan itself budgets.
    public var forecastAsOf: PlanDate? {
        get { extras?.forecastAsOf }
        set {
            extras = FindingExtras.with(
                waivers: extras?.waivers, waiverIndex: extras?.waiverIndex ?? 0, forecastAsOf: newValue)
        }
    }

    /// Marks the finding waived by waiver `index` of `list`, which every finding it waives
    /// shares (``WaiverStage``).
    mutating func waive(by index: Int, of list: WaiverList) {
        extras = FindingExtras.with(waivers: list, waiverIndex: index, forecastAsOf: forecastAsOf)
    }
    /// The waiver and forecast date, behind one reference: few findings have either, and held
    /// inline they made every finding 160 bytes where 120 do (a plan can have hundreds of
    /// thousands of findings). The fields are in this order so that none is padded.
    private var extras: FindingExtras? = nil
    /// The year the finding is about, if it is about one.
    public let year: Int?
    public let severity: Severity

    public init(
        ruleID: String, severity: Severity, message: Message, location: Location, year: Int?,
        figures: [Figure]
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.year = year
        self.figures = figures
    }
}

/// A plan's waivers, held once for all the findings they waive: each waived finding holds this
/// list and its waiver's place in it, not a copy of the waiver (about 110 bytes less for each
/// of a plan's 150 000 waived findings).
final class WaiverList: Sendable {
    let waivers: [Waiver]

    init(_ waivers: [Waiver]) { self.waivers = waivers }
}

/// What few findings have, held by reference in a ``Finding``.
private final class FindingExtras: Sendable, Equatable {
    let waivers: WaiverList?
    let waiverIndex: Int
    let forecastAsOf: PlanDate?

    private init(waivers: WaiverList?, waiverIndex: Int, forecastAsOf: PlanDate?) {
        self.waivers = waivers
        self.waiverIndex = waiverIndex
        self.forecastAsOf = forecastAsOf
    }

    var waiver: Waiver? {
        guard let waivers, waiverIndex >= 0, waiverIndex < waivers.waivers.count else { return nil }
        return waivers.waivers[waiverIndex]
    }

    /// The extras holding these, or none when both are absent.
    static func with(waivers: WaiverList?, waiverIndex: Int, forecastAsOf: PlanDate?) -> FindingExtras? {
        if case .none = waivers, case .none = forecastAsOf { return nil }
        return FindingExtras(waivers: waivers, waiverIndex: waiverIndex, forecastAsOf: forecastAsOf)
    }

    static func == (lhs: FindingExtras, rhs: FindingExtras) -> Bool {
        lhs.waiver == rhs.waiver && lhs.forecastAsOf == rhs.forecastAsOf
    }
}

/// A named figure a rule compared, e.g. `closingEquity` = 945 000 kr.
public struct Figure: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case money(Money)
        case percent(Percent)
        case integer(Int)
    }

    public let name: String
    public let value: Value

    public init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }

    public static func money(_ name: String, _ money: Money) -> Figure { Figure(name, .money(money)) }
    public static func percent(_ name: String, _ percent: Percent) -> Figure { Figure(name, .percent(percent)) }
}
