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
        get {
            guard let list = extras?.waivers, waiverIndex >= 0, Int(waiverIndex) < list.waivers.count else {
                return nil
            }
            return list.waivers[Int(waiverIndex)]
        }
        set {
            let list = newValue.map { WaiverList([$0]) }
            extras = Extras.with(waivers: list, forecastAsOf: forecastAsOf)
            waiverIndex = list == nil ? -1 : 0
        }
    }
    /// For a finding about a followed-up year as forecast: the follow-up's date; nil for the
    /// figures the plan itself budgets.
    public var forecastAsOf: PlanDate? {
        get { extras?.forecastAsOf }
        set { extras = Extras.with(waivers: extras?.waivers, forecastAsOf: newValue) }
    }

    /// Marks the finding waived by waiver `index` of `list`, which every finding it waives
    /// shares (``WaiverStage``): a finding about the budget then points at the list itself, and
    /// nothing is allocated for it (150 000 waived findings each made an object of 48 bytes).
    mutating func waive(by index: Int, of list: WaiverList) {
        // A file finsam reads (4 GiB at most) cannot hold 2^31 waivers.
        guard let place = Int32(exactly: index) else { return }
        extras = Extras.with(waivers: list, forecastAsOf: forecastAsOf)
        waiverIndex = place
    }
    /// The waivers and forecast date, behind one reference: few findings have either, and held
    /// inline they made every finding 160 bytes where 144 do (a plan can have hundreds of
    /// thousands of findings). The fields are in this order so that none is padded.
    private var extras: Extras? = nil
    /// The year the finding is about, if it is about one.
    public let year: Int?
    public let severity: Severity
    /// The waiver's place in the list `extras` holds; -1 for none. In the bytes the fields
    /// before it leave over at the end, so a finding is no larger for it.
    private var waiverIndex: Int32 = -1

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

extension Finding {
    /// What few findings have, held by reference: the waivers of a waived finding about the
    /// budget (their list itself), or a forecast's date and perhaps its waivers.
    private enum Extras: Sendable {
        case waived(WaiverList)
        case forecast(ForecastMark)

        var waivers: WaiverList? {
            switch self {
            case .waived(let list): return list
            case .forecast(let mark): return mark.waivers
            }
        }

        var forecastAsOf: PlanDate? {
            guard case .forecast(let mark) = self else { return nil }
            return mark.asOf
        }

        /// The extras holding these, or none when both are absent.
        static func with(waivers: WaiverList?, forecastAsOf: PlanDate?) -> Extras? {
            if let forecastAsOf { return .forecast(ForecastMark(asOf: forecastAsOf, waivers: waivers)) }
            return waivers.map { .waived($0) }
        }
    }

    /// Equal when everything a report can show is: the waiver compared by value, not by its
    /// list or place in it.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.ruleID == rhs.ruleID && lhs.message == rhs.message && lhs.location == rhs.location
            && lhs.figures == rhs.figures && lhs.year == rhs.year && lhs.severity == rhs.severity
            && lhs.waiver == rhs.waiver && lhs.forecastAsOf == rhs.forecastAsOf
    }
}

/// A forecast's date on a finding, and the waivers of the finding when it is waived.
private final class ForecastMark: Sendable {
    let asOf: PlanDate
    let waivers: WaiverList?

    init(asOf: PlanDate, waivers: WaiverList?) {
        self.asOf = asOf
        self.waivers = waivers
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
