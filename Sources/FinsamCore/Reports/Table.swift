/// A value in a report table, typed, so that each format writes it its own way: grouped
/// `4 184 000 kr` in text, `4184000` in CSV and JSON.
public enum Cell: Sendable, Equatable {
    case empty
    /// Text from the plan, written as is (names of members, lines, federations).
    case text(String)
    /// Text from the catalogue, in the reader's language.
    case label(Message)
    case money(Money)
    case percent(Percent)
    /// A percentage shown with `decimals` decimals on every row of its column, as plans print a
    /// split's shares (10,33 %, 25,00 %).
    case fixedPercent(Percent, decimals: Int)
    /// A count or a weight, written without grouping in machine formats.
    case integer(Int64)
    /// A calendar year: never grouped.
    case year(Int)
    /// An amount the document does not state (an equity the plan leaves unstated): "—" for
    /// people, null in JSON; never zero, never a blank that reads as "nothing".
    case notStated

    /// True for cells a format aligns to the right.
    public var isNumeric: Bool {
        switch self {
        case .money, .percent, .fixedPercent, .integer, .year, .notStated: return true
        case .empty, .text, .label: return false
        }
    }
}

extension Cell {
    /// An amount, or ``notStated`` where the document does not state it.
    static func stated(_ amount: Money?) -> Cell {
        amount.map(Cell.money) ?? .notStated
    }
}

/// A column: a stable key for machine formats and a title for people.
public struct Column: Sendable, Equatable {
    public let key: String
    public let title: Message
    /// Numeric columns align right.
    public let numeric: Bool

    public init(_ key: String, _ title: Message, numeric: Bool = true) {
        self.key = key
        self.title = title
        self.numeric = numeric
    }
}

/// A row; headings and totals are told apart in formats that can (bold in HTML).
public struct Row: Sendable, Equatable {
    public enum Style: String, Sendable {
        case normal
        case heading
        case total
    }

    public let cells: [Cell]
    public let style: Style

    public init(_ cells: [Cell], style: Style = .normal) {
        self.cells = cells
        self.style = style
    }
}

/// A table of a report, independent of any format.
public struct Table: Sendable, Equatable {
    public let key: String
    public let title: Message
    public let columns: [Column]
    public let rows: [Row]
    /// Sentences under the table (e.g. which year binds).
    public let notes: [Message]

    public init(key: String, title: Message, columns: [Column], rows: [Row], notes: [Message] = []) {
        self.key = key
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}

/// One year of a federation's equity against its cap and floor, for charts.
public struct EquityPoint: Sendable, Equatable {
    public let year: Int
    public let closingEquity: Money
    public let cap: Money?
    public let floor: Money
    /// True for years finsam projected, drawn differently from the plan's own years.
    public let projected: Bool
}

/// A federation's equity over its years.
public struct EquitySeries: Sendable, Equatable {
    public let federation: String
    public let points: [EquityPoint]
}

/// One amount per labelled bar, e.g. each federation's allocation per inhabitant.
public struct BarSeries: Sendable, Equatable {
    public let title: Message
    public let bars: [Bar]

    public struct Bar: Sendable, Equatable {
        public let label: String
        public let value: Money
    }

    public init(title: Message, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }
}

/// A whole report: tables, and the equity series a chart can draw.
public struct Report: Sendable, Equatable {
    /// The report's kind, e.g. `equity-cap`.
    public let kind: String
    public let title: Message
    public let tables: [Table]
    public let series: [EquitySeries]
    /// The findings of the plans the report shows: the same verdict `validate` gives, printed
    /// after the tables so that the board's table and CI's verdict are one document.
    public private(set) var findings: [FileResult] = []
    /// Bar charts (one bar per federation), drawn by formats that draw.
    public let bars: [BarSeries]

    public init(kind: String, title: Message, tables: [Table], series: [EquitySeries] = [], bars: [BarSeries] = []) {
        self.kind = kind
        self.title = title
        self.tables = tables
        self.series = series
        self.bars = bars
    }

    /// The findings as a table, for the formats that print them as one (html, markdown, json);
    /// none for a report made without plans' findings.
    var findingsTables: [Table] { findings.isEmpty ? [] : [FindingsTable.make(findings)] }

    /// The same report ending with `findings`.
    public func with(findings: [FileResult]) -> Report {
        var copy = self
        copy.findings = findings
        return copy
    }
}

extension EquitySeries {
    /// The series of a ledger; `projected` tells which years finsam added. A year whose equity
    /// the plan does not state has no point: the chart draws no figure the document lacks.
    public init(_ ledger: Ledger, projected: (Int) -> Bool = { _ in false }) {
        let floor = ledger.plan.policy.equityFloor?.money ?? .zero
        self.init(
            federation: ledger.plan.federation.name,
            points: ledger.years.compactMap { year in
                year.closingEquity.map { closing in
                    EquityPoint(
                        year: year.number, closingEquity: closing, cap: year.equityCap?.amount,
                        floor: floor, projected: projected(year.number))
                }
            })
    }
}
