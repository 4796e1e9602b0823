/// One cell of a budget table read as an amount, the way Swedish Excel shows it.
public enum SheetCell: Equatable, Sendable {
    /// Empty: nothing printed (no line that year; a total not declared).
    case blank
    /// An amount, with the unit it was written in and its decimals (its precision).
    case amount(Money, unit: AmountUnit, decimals: Int)
    /// Text that is not an amount.
    case text(String)

    /// Reads a cell: a dash alone (`-`, `–`, `---`, `- kr`) is a printed zero, as Excel's
    /// accounting format shows it; decimal comma (or point), space or no-break space between digit groups,
    /// a `kr` or `tkr` suffix (which overrides `unit`), and a negative as `-1 234`, `- 1 234`,
    /// `−1 234` or `(1 234)`. Exact: it goes through ``Money/parseCountingDecimals(_:unit:)``.
    public static func read(_ raw: String, unit: AmountUnit) -> SheetCell {
        var text = Substring(raw).trimmingSheetSpace()
        if text.isEmpty { return .blank }
        if text.allSatisfy({ dashes.contains($0) }) { return .amount(.zero, unit: unit, decimals: 0) }
        var cellUnit = unit
        let lower = text.lowercased()
        if lower.hasSuffix("tkr") {
            cellUnit = .tkr
            text = text.dropLast(3).trimmingSheetSpace()
        } else if lower.hasSuffix("kr") {
            cellUnit = .kr
            text = text.dropLast(2).trimmingSheetSpace()
        }
        // `- kr` and `– tkr`: Excel's accounting format prints zero as a dash before the unit.
        if text.isEmpty || text.allSatisfy({ dashes.contains($0) }) {
            return .amount(.zero, unit: cellUnit, decimals: 0)
        }
        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")") {
            negative = true
            text = text.dropFirst().dropLast().trimmingSheetSpace()
        }
        if let first = text.first, dashes.contains(first) {
            guard !negative else { return .text(raw) }
            negative = true
            text = text.dropFirst().trimmingSheetSpace()
        }
        guard let first = text.first, first.isASCII, first.isNumber else { return .text(raw) }
        switch Money.parseCountingDecimals(text, unit: cellUnit) {
        case .success(let (money, decimals)):
            guard negative else { return .amount(money, unit: cellUnit, decimals: decimals) }
            guard let negated = money.negated() else { return .text(raw) }
            return .amount(negated, unit: cellUnit, decimals: decimals)
        case .failure:
            return .text(raw)
        }
    }

    /// Hyphen-minus, minus sign, en dash and em dash: all print as a minus or an empty cell.
    static let dashes: Set<Character> = ["-", "\u{2212}", "\u{2013}", "\u{2014}"]
}

extension Substring {
    /// Without leading and trailing spaces, no-break spaces and tabs.
    func trimmingSheetSpace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[start...end]
    }
}

extension Money {
    /// The amount as a JSON number in `unit`, with enough decimals to show `precision` (one unit
    /// of the last digit printed), so the plan keeps the precision the table printed it at:
    /// `945` for 945 tkr printed whole, `1844.5` for `1 844,5`.
    public func decimalText(in unit: AmountUnit, precision: Money) -> String {
        var decimals = 0
        var step = unit.orePerUnit
        while decimals < unit.maxDecimals && (step > precision.ore || ore % step != 0) {
            step /= 10
            decimals += 1
        }
        let negative = ore < 0
        let magnitude = ore.magnitude
        let per = UInt64(unit.orePerUnit)
        var text = String(magnitude / per)
        if decimals > 0 {
            var fraction = magnitude % per
            for _ in 0..<(unit.maxDecimals - decimals) { fraction /= 10 }
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return negative ? "-" + text : text
    }
}

extension AmountUnit {
    /// One unit of the last digit of an amount written with `decimals` decimals in this unit.
    func precision(decimals: Int) -> Money {
        var ore = orePerUnit
        for _ in 0..<decimals where ore > 1 { ore /= 10 }
        return Money(ore: ore)
    }
}
