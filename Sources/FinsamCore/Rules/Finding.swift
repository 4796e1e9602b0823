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
    public let severity: Severity
    public let message: Message
    public let location: Location
    /// The year the finding is about, if it is about one.
    public let year: Int?
    /// The figures the rule compared, by name, in the order the rule gives them.
    public let figures: [Figure]
    /// The plan's waiver that accepts this finding: it is reported, but does not fail the run.
    public var waiver: Waiver? {
        get { waiverBox?.waiver }
        set { waiverBox = newValue.map(WaiverBox.init) }
    }
    /// The waiver behind one reference: few findings have one, and a waiver held inline made
    /// every finding about 130 bytes larger (a plan can have hundreds of thousands of findings).
    private var waiverBox: WaiverBox? = nil
    /// For a finding about a followed-up year as forecast: the follow-up's date; nil for the
    /// figures the plan itself budgets.
    public var forecastAsOf: PlanDate? = nil

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

/// A waiver held by reference in a ``Finding``.
private final class WaiverBox: Sendable, Equatable {
    let waiver: Waiver

    init(_ waiver: Waiver) { self.waiver = waiver }

    static func == (lhs: WaiverBox, rhs: WaiverBox) -> Bool { lhs.waiver == rhs.waiver }
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
