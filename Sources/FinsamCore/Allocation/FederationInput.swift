/// One federation's row of the national table: what the model needs to know about it.
public struct FederationInput: Sendable, Equatable {
    public let id: String
    public let name: String
    /// Inhabitants aged 16–64 in the federation's area.
    public let population: Int64
    /// The försörjningsmått, in millionths (``SupportMeasure``).
    public let supportMeasure: SupportMeasure
    /// Last year's allocation; nil for a federation that had none.
    public let lastYear: Money?
    /// The most the federation will accept; nil when it takes what the model gives.
    public let maximum: Money?
    /// Closing equity and member contributions, to compare with the reasonable level; nil when not known.
    public let equity: EquityPosition?
    /// A plan file named in the table, to read the equity and the key from.
    public let planFile: String?
    /// Where the row stands in its file, for messages.
    public let place: InputPlace

    public init(
        id: String, name: String, population: Int64, supportMeasure: SupportMeasure, lastYear: Money? = nil,
        maximum: Money? = nil, equity: EquityPosition? = nil, planFile: String? = nil,
        place: InputPlace = InputPlace(line: 0, column: 0)
    ) {
        self.id = id
        self.name = name
        self.population = population
        self.supportMeasure = supportMeasure
        self.lastYear = lastYear
        self.maximum = maximum
        self.equity = equity
        self.planFile = planFile
        self.place = place
    }

    /// The same row with its equity position from elsewhere (a plan).
    public func with(equity: EquityPosition?) -> FederationInput {
        FederationInput(
            id: id, name: name, population: population, supportMeasure: supportMeasure, lastYear: lastYear,
            maximum: maximum, equity: equity, planFile: planFile, place: place)
    }
}

/// A place in an input file: line (the row of a CSV file) and column, 1-based, and for JSON the pointer.
public struct InputPlace: Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let pointer: JSONPointer?

    public init(line: Int, column: Int, pointer: JSONPointer? = nil) {
        self.line = line
        self.column = column
        self.pointer = pointer
    }
}

/// A federation's equity against the reasonable level (the equity cap).
public struct EquityPosition: Sendable, Equatable {
    public let closingEquity: Money
    public let contributions: Money
    /// The cap, from ``EquityCap``: the same figure `finsam validate` uses.
    public let cap: EquityCap?
    /// Equity above the cap (zero when within).
    public let over: Money
    /// The plan year the figures are from, when read from a plan.
    public let year: Int?

    public init(closingEquity: Money, contributions: Money, cap: EquityCap?, over: Money, year: Int? = nil) {
        self.closingEquity = closingEquity
        self.contributions = contributions
        self.cap = cap
        self.over = over
        self.year = year
    }

    /// Figures from a table: the cap is the national recommendation's, as `equity_cap` computes it.
    public static func national(closingEquity: Money, contributions: Money) -> EquityPosition {
        let cap = EquityCap.of(contributions, policy: .national)
        let over =
            cap.flatMap { cap in closingEquity > cap.amount ? closingEquity.subtracting(cap.amount) : nil } ?? .zero
        return EquityPosition(closingEquity: closingEquity, contributions: contributions, cap: cap, over: over)
    }
}

/// A försörjningsmått: a non-negative decimal, held exactly in millionths.
public struct SupportMeasure: Sendable, Equatable, Comparable {
    public static let scale: Int64 = 1_000_000
    public let millionths: Int64

    public init(millionths: Int64) { self.millionths = millionths }

    public static func < (lhs: SupportMeasure, rhs: SupportMeasure) -> Bool { lhs.millionths < rhs.millionths }

    /// Parses `1234`, `1 234,5`, `1234.567891`: digits, spaces between groups, one decimal comma
    /// or point, at most six decimals; nil for anything else (no sign, no exponent).
    public static func parse(_ text: Substring) -> SupportMeasure? {
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var decimals = 0
        var seenPoint = false
        var digits = 0
        var afterSpace = false
        for character in text.trimmingSheetSpace() {
            if character == " " || character == "\u{00A0}" || character == "\u{202F}" {
                // Only between digit groups: `1 234`, not `1  234` or `1 ,5`.
                guard !seenPoint, digits > 0, !afterSpace else { return nil }
                afterSpace = true
                continue
            }
            defer { afterSpace = false }
            if character == "," || character == "." {
                guard !seenPoint, digits > 0, !afterSpace else { return nil }
                seenPoint = true
                continue
            }
            guard let value = character.wholeNumberValue, character.isASCII else { return nil }
            digits += 1
            if seenPoint {
                decimals += 1
                guard decimals <= 6 else { return nil }
                fraction = fraction * 10 + Int64(value)
            } else {
                let (times, overflow) = whole.multipliedReportingOverflow(by: 10)
                guard !overflow, times <= Int64.max / scale - 9 else { return nil }
                whole = times + Int64(value)
            }
        }
        guard digits > 0, !(seenPoint && decimals == 0) else { return nil }
        for _ in decimals..<6 { fraction *= 10 }
        return SupportMeasure(millionths: whole * scale + fraction)
    }
}
