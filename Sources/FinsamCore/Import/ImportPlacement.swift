/// What the import made of one row of the table, for the user to check against the paper:
/// `finsam import csv` prints one line per row, and `--dry-run` prints only these.
public struct ImportPlacement: Sendable, Equatable {
    /// The row in the table (1-based).
    public let row: Int
    /// The row's name as the table prints it.
    public let label: String
    /// What it became: a member, a cost line (category, group), a total (checked), ignored.
    public let description: Message

    /// The placement of every row with a name, in table order: the placed rows, and the rows
    /// the issues say could not be placed.
    static func describe(_ build: ImportedPlan, mismatches: [SheetTotals.Mismatch]) -> [ImportPlacement] {
        let reader = build.reader
        var out: [ImportPlacement] = []
        for (index, row) in reader.placed.enumerated() {
            let differing = mismatches.filter { $0.place.row == index }.map { reader.columns[$0.place.year].year }
            out.append(ImportPlacement(row: row.line, label: row.name, description: what(row, index, build, differing: differing)))
        }
        for issue in reader.issues where issue.message.id == "import.unplaced_row" || issue.message.id == "import.no_label" {
            let label = issue.row <= reader.rows.count ? (reader.rows[issue.row - 1].first ?? "").trimmedText : ""
            out.append(ImportPlacement(row: issue.row, label: label, description: Message("import.place.unplaced")))
        }
        return out.sorted { $0.row < $1.row }
    }

    private static func what(_ row: PlacedRow, _ index: Int, _ build: ImportedPlan, differing: [Int]) -> Message {
        switch row.role {
        case .member(let member):
            return Message("import.place.member", [.code(build.memberID(index) ?? member.id), .message(Message("import.kind." + member.kind.rawValue))])
        case .cost(let category):
            var message = "import.place.cost"
            var arguments: [Message.Argument] = [.message(Message("import.category." + (category ?? row.namedCategory).rawValue))]
            if let group = row.group { message += "_group"; arguments.append(.text(group)) }
            if let initiative = row.initiative { message += "_initiative"; arguments.append(.code(initiative)) }
            return Message(message, arguments)
        case .otherIncome: return Message("import.place.other_income")
        case .ignore: return Message("import.place.ignored_" + ignoredKey(row.ignored))
        case .nestedSubtotal(let parts):
            let rows = parts.map { String(build.reader.placed[$0].line) }
            return Message("import.place.nested_subtotal", [.list(rows)])
        default:
            return total(row, differing: differing)
        }
    }

    private static func ignoredKey(_ reason: IgnoredReason?) -> String {
        switch reason {
        case .zeroFinancial: return "zero_financial"
        case .financial: return "financial"
        case .mapping, nil: return "mapping"
        }
    }

    /// A total: what it is, and whether the lines agree with it in every year.
    private static func total(_ row: PlacedRow, differing: [Int]) -> Message {
        let kind: String
        switch row.role {
        case .contributionsTotal: kind = "contributions_total"
        case .openingEquity: kind = "opening_equity"
        case .closingEquity: kind = "closing_equity"
        case .fundsAvailable: kind = "funds_available"
        case .totalIncome: kind = "total_income"
        case .totalContributions: kind = "total_contributions"
        case .subtotal: kind = "subtotal"
        case .totalCosts: kind = "total_costs"
        case .operatingCosts: kind = "operating_costs"
        case .result: kind = "result"
        default: kind = "operating_result"
        }
        var arguments: [Message.Argument] = [.text(row.group ?? "")]
        let check: Message
        if differing.isEmpty {
            check = Message("import.place.agrees")
        } else {
            check = Message("import.place.differs", [.list(differing.map(String.init))])
        }
        arguments.append(.message(check))
        return Message("import.place." + kind, arguments)
    }
}
