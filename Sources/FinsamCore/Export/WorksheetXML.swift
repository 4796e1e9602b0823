/// One worksheet of an XLSX workbook, built cell by cell and written as SpreadsheetML
/// (ECMA-376 part 1, §18.3): strings inline (no shared-strings part), numbers as numbers with a
/// style that carries a number format, totals as formulas without cached values, so Excel and
/// LibreOffice compute them on opening (the workbook sets `fullCalcOnLoad`).
struct WorksheetXML {
    enum Cell {
        case text(String, bold: Bool = false)
        case number(Money, unit: AmountUnit, bold: Bool = false)
        /// A formula (without `=`); the amount finsam computes for it only picks the number format.
        case formula(String, like: Money?, unit: AmountUnit, bold: Bool = true)
        case percent(Percent)
        /// A formula giving a percentage.
        case percentFormula(String)
        case empty
    }

    let name: String
    private(set) var rows: [[Cell]] = []
    /// Width of the first column, in characters.
    var labelWidth = 40

    init(name: String) { self.name = name }

    /// Appends a row; returns its 1-based row number.
    @discardableResult
    mutating func append(_ cells: [Cell]) -> Int {
        rows.append(cells)
        return rows.count
    }

    var xml: String {
        var out = XMLText.declaration
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        out += "<cols><col min=\"1\" max=\"1\" width=\"\(labelWidth)\" customWidth=\"1\"/>"
        out += "<col min=\"2\" max=\"30\" width=\"16\" customWidth=\"1\"/></cols><sheetData>"
        for (index, cells) in rows.enumerated() {
            out += "<row r=\"\(index + 1)\">"
            for (column, cell) in cells.enumerated() {
                out += Self.xml(cell, reference: CSVTable.columnName(column + 1) + String(index + 1))
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>"
    }

    static func xml(_ cell: Cell, reference: String) -> String {
        let r = "<c r=\"" + reference + "\""
        switch cell {
        case .empty:
            return ""
        case .text(let text, let bold):
            return r + (bold ? " s=\"4\"" : "") + " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + XMLText.escaped(text, inAttribute: false) + "</t></is></c>"
        case .number(let money, let unit, let bold):
            return r + " s=\"\(style(money, unit, bold))\"><v>" + number(money, unit) + "</v></c>"
        case .formula(let formula, let like, let unit, let bold):
            return r + " s=\"\(style(like ?? .zero, unit, bold))\"><f>" + XMLText.escaped(formula, inAttribute: false)
                + "</f></c>"
        case .percent(let percent):
            return r + " s=\"8\"><v>" + fraction(percent) + "</v></c>"
        case .percentFormula(let formula):
            return r + " s=\"8\"><f>" + XMLText.escaped(formula, inAttribute: false) + "</f></c>"
        }
    }

    /// A percentage as the fraction a `%` format shows: 20 % → `0.2` (basis points / 10 000).
    static func fraction(_ percent: Percent) -> String {
        let magnitude = percent.basisPoints.magnitude
        let digits = String(magnitude % 10_000)
        let text = String(magnitude / 10_000) + "." + String(repeating: "0", count: 4 - digits.count) + digits
        return (percent.basisPoints < 0 ? "-" : "") + text.trimmedZeros
    }

    /// The amount in `unit`, as few decimals as it needs: `12663324`, `1844.5`.
    static func number(_ money: Money, _ unit: AmountUnit) -> String {
        money.decimalText(in: unit, precision: Money(ore: unit.orePerUnit))
    }

    /// Styles (see ``Workbook/styles``): 1 whole units, 2 kronor with öre, 3 tkr with decimals;
    /// 5–7 the same in bold.
    static func style(_ money: Money, _ unit: AmountUnit, _ bold: Bool) -> Int {
        let whole = money.ore % unit.orePerUnit == 0
        let base = whole ? 1 : unit == .kr ? 2 : 3
        return bold ? base + 4 : base
    }
}

extension String {
    /// `0.20000` → `0.2`, `20.00000` → `20`: a percentage as a fraction, for a `%` format.
    var trimmedZeros: String {
        guard contains(".") else { return self }
        var text = self
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
