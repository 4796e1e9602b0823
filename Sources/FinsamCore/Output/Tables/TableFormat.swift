/// How a report is written: the language of labels and numbers, and the unit of amounts.
public struct TableOptions: Sendable {
    public let language: Language
    public let unit: AmountUnit

    public init(language: Language, unit: AmountUnit = .kr) {
        self.language = language
        self.unit = unit
    }

    var catalog: Catalog {
        var catalog = Catalog(language: language, unit: unit)
        catalog.roundsForReports = true
        return catalog
    }

    /// The line under a report: finsam's version, the unit, and in tkr how amounts are rounded.
    var generated: Message {
        let arguments: [Message.Argument] = [.text(FinsamVersion.current), .text(unit.rawValue)]
        return unit == .tkr ? Message("report.generated_tkr", arguments) : Message("report.generated", arguments)
    }
}

/// Writes a ``Report`` in one format. One type per format, one file each.
public protocol TableFormat: Sendable {
    /// The `--format` name.
    var name: String { get }
    func render(_ report: Report, options: TableOptions) -> String
}

/// Every report format, by `--format` name.
public enum TableFormats {
    public static let all: [any TableFormat] = [
        TextTableFormat(), MarkdownTableFormat(), CSVTableFormat(), JSONTableFormat(), HTMLTableFormat(),
    ]

    public static func named(_ name: String) -> (any TableFormat)? { all.first { $0.name == name } }
}

/// Cells as text: for people (grouped, with units) or for machines (plain numbers).
enum CellText {
    /// `4 184 000 kr`, `1 844,5 tkr`, `9,6 %`, names and labels as they read.
    static func human(_ cell: Cell, _ options: TableOptions) -> String {
        switch cell {
        case .empty: return ""
        case .text(let text): return text
        case .label(let message): return options.catalog.render(message)
        case .money(let money):
            return money.forDisplay(in: options.unit).formattedWithUnit(options.language, unit: options.unit)
        case .percent(let percent): return percent.formatted(options.language)
        case .fixedPercent(let percent, let decimals): return percent.formatted(options.language, decimals: decimals)
        case .integer(let value):
            let grouped = Money.grouped(value.magnitude, separator: options.language.groupSeparator)
            return value < 0 ? "-" + grouped : grouped
        case .year(let year): return String(year)
        case .notStated: return options.catalog.render(Message("report.not_stated"))
        }
    }

    /// Numbers without grouping or unit, with the language's decimal sign: `4184000`,
    /// `836799,60` (sv), `9.6` (en).
    static func plain(_ cell: Cell, _ options: TableOptions) -> String {
        switch cell {
        case .money(let money): return plainNumber(money, unit: options.unit, options.language)
        case .percent(let percent):
            let text = percent.decimalText
            return options.language == .sv ? text.replacingDot() : text
        case .fixedPercent(let percent, let decimals):
            // Rounded as shown, so the column reads the same in a spreadsheet.
            let text = percent.rounded(decimals: decimals).decimalText
            return options.language == .sv ? text.replacingDot() : text
        case .integer(let value): return String(value)
        default: return human(cell, options)
        }
    }

    static func plainNumber(_ money: Money, unit: AmountUnit, _ language: Language) -> String {
        let english = money.forDisplay(in: unit).formatted(.en, unit: unit).filter { $0 != "," }
        return language == .sv ? english.replacingDot() : english
    }

    /// The unit a column's amounts are in, for headings of plain formats: `kr`, `tkr`, `%`.
    static func columnUnit(_ table: Table, _ index: Int, _ options: TableOptions) -> String? {
        for row in table.rows where index < row.cells.count {
            switch row.cells[index] {
            case .money: return options.unit.rawValue
            case .percent: return "%"
            default: continue
            }
        }
        return nil
    }
}

extension String {
    func replacingDot() -> String { String(map { $0 == "." ? "," : $0 }) }
}
