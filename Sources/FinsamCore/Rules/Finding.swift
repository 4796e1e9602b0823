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
///
/// A finding is 32 bytes: its words and place are held behind one reference (``Content``),
/// either its own (``StoredFinding``) or a run of like findings it shares with others of its
/// rule (``FindingRun``, told apart by `item`). A plan with a finding for each of 260 000
/// initiatives held 144 bytes for each, nearly a fifth of what it took to check.
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

    /// The finding's words and place: its own, or its run's.
    private let content: Content
    /// The waivers and forecast date, behind one reference: few findings have either.
    private var extras: Extras? = nil
    /// The line and column, held here too, so that putting findings in order by place reads no
    /// reference (a file finsam reads, 4 GiB at most, has fewer lines and columns than 2^32).
    private let line: UInt32
    private let column: UInt32
    /// The waiver's place in the list `extras` holds; -1 for none.
    private var waiverIndex: Int32 = -1
    /// Which of its run's findings this is; 0 for a finding of its own.
    private let item: UInt32

    public init(
        ruleID: String, severity: Severity, message: Message, location: Location, year: Int?,
        figures: [Figure]
    ) {
        let stored = StoredFinding(
            ruleID: ruleID, severity: severity, message: message, location: location, year: year, figures: figures)
        content = .stored(stored)
        line = UInt32(clamping: location.line)
        column = UInt32(clamping: location.column)
        item = 0
    }

    /// Finding `item` of `run`, at `line` and `column`.
    init(_ run: FindingRun, item: Int, line: Int, column: Int) {
        content = .run(run)
        self.line = UInt32(clamping: line)
        self.column = UInt32(clamping: column)
        self.item = UInt32(clamping: item)
    }

    public var ruleID: String {
        switch content {
        case .stored(let stored): return stored.ruleID
        case .run(let run): return run.ruleID
        }
    }

    public var severity: Severity {
        switch content {
        case .stored(let stored): return stored.severity
        case .run(let run): return run.severity
        }
    }

    /// What the finding says: a run's finding is worded as it is asked for.
    public var message: Message {
        switch content {
        case .stored(let stored): return stored.message
        case .run(let run): return run.message(Int(item))
        }
    }

    public var location: Location {
        switch content {
        case .stored(let stored): return stored.location
        case .run(let run):
            return Location(file: run.file, line: Int(line), column: Int(column), pointer: run.pointer(Int(item)))
        }
    }

    /// The location's pointer, without the rest of it.
    var pointer: JSONPointer {
        switch content {
        case .stored(let stored): return stored.location.pointer
        case .run(let run): return run.pointer(Int(item))
        }
    }

    /// The line and column, read from the finding itself: what ordering by place compares.
    var place: (line: Int, column: Int) { (Int(line), Int(column)) }

    /// The figures the rule compared, by name, in the order the rule gives them.
    public var figures: [Figure] {
        switch content {
        case .stored(let stored): return stored.figures
        case .run: return []
        }
    }

    /// The year the finding is about, if it is about one.
    public var year: Int? {
        switch content {
        case .stored(let stored): return stored.year
        case .run(let run): return run.year
        }
    }

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

    /// `body` of the finding's waiver, read where the waivers' list holds it; nil when it has
    /// none. A waiver is seven fields, four of them strings: ``waiver`` copies it out, and the
    /// text reporter did so for each of 150 000 waived findings.
    func withWaiver<Result>(_ body: (borrowing Waiver) -> Result) -> Result? {
        guard let list = extras?.waivers, waiverIndex >= 0, Int(waiverIndex) < list.waivers.count else {
            return nil
        }
        return list.waivers.withUnsafeBufferPointer { body($0[Int(waiverIndex)]) }
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
