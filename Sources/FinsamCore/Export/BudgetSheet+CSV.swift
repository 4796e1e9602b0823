/// The budget sheet as Swedish Excel saves CSV: semicolons, decimal comma, a space between digit
/// groups, CRLF line ends, UTF-8 with a byte order mark (so Excel opens it as UTF-8). A cell is
/// quoted only when it holds `;`, `"` or a line break.
extension BudgetSheet {
    public func csv() -> String {
        var lines: [[String]] = [[federation]]
        lines.append(["Belopp i " + unit.rawValue] + years.map { Self.title($0.year, $0.status) })
        for row in rows {
            let cells = row.kind == .section ? [] : row.amounts.map { amount in amount.map(text) ?? "" }
            lines.append([row.label] + cells + Array(repeating: "", count: row.kind == .section ? years.count : 0))
        }
        let width = years.count + 1
        let body = lines.map { cells in
            (cells + Array(repeating: "", count: max(0, width - cells.count))).map(Self.quoted).joined(separator: ";")
        }
        return "\u{FEFF}" + body.joined(separator: "\r\n") + "\r\n"
    }

    /// An amount as Swedish Excel shows it in the sheet's unit: `1 844,5`, `-656`.
    func text(_ money: Money) -> String {
        money.formatted(.sv, unit: unit)
    }

    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else {
            return cell
        }
        var out = "\""
        for character in cell { out += character == "\"" ? "\"\"" : String(character) }
        return out + "\""
    }
}
