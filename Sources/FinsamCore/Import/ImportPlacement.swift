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
            out.append(
                ImportPlacement(
                    row: row.line, label: row.name, description: what(row, index, build, differing: differing)))
        }
        for issue in reader.issues
        where issue.message.id == "import.unplaced_row" || issue.message.id == "import.no_label" {
            let label = issue.row <= reader.rows.count ? (reader.rows[issue.row - 1].first ?? "").trimmedText : ""
            out.append(ImportPlacement(row: issue.row, label: label, description: Message("import.place.unplaced")))
        }
        return out.sorted { $0.row < $1.row }
    }

    private static func what(_ row: PlacedRow, _ index: Int, _ build: ImportedPlan, differing: [Int]) -> Message {
        switch row.role {
        case .member(let member):
            return Message(
                "import.place.member", [.code(build.memberID(index) ?? member.id), .message(kindName(member.kind))])
        case .cost(let category):
            return costLine(category ?? row.namedCategory, group: row.group, initiative: row.initiative)
        case .otherIncome: return Message("import.place.other_income")
        case .financialIncome: return Message("statement.import.financial_income")
        case .ignore: return ignored(row.ignored)
        case .nestedSubtotal(let parts):
            let rows = parts.map { String(build.reader.placed[$0].line) }
            return Message("import.place.nested_subtotal", [.list(rows), .message(check(differing))])
        default:
            return total(row, differing: differing)
        }
    }

    private static func ignored(_ reason: IgnoredReason?) -> Message {
        switch reason {
        case .zeroFinancial: return Message("import.place.ignored_zero_financial")
        case .mapping, nil: return Message("import.place.ignored_mapping")
        }
    }

    private static func kindName(_ kind: Member.Kind) -> Message {
        switch kind {
        case .state: return Message("import.kind.state")
        case .region: return Message("import.kind.region")
        case .municipality: return Message("import.kind.municipality")
        }
    }

    /// "cost line, operations, group Verksamhet, initiative x": one message for each combination.
    private static func costLine(_ category: CostCategory, group: String?, initiative: String?) -> Message {
        let name: Message.Argument
        switch category {
        case .administration: name = .message(Message("import.category.administration"))
        case .operations: name = .message(Message("import.category.operations"))
        case .financial: name = .message(Message("statement.category.financial"))
        }
        switch (group, initiative) {
        case (nil, nil): return Message("import.place.cost", [name])
        case (let group?, nil): return Message("import.place.cost_group", [name, .text(group)])
        case (nil, let initiative?): return Message("import.place.cost_initiative", [name, .code(initiative)])
        case (let group?, let initiative?):
            return Message("import.place.cost_group_initiative", [name, .text(group), .code(initiative)])
        }
    }

    /// A total: what it is, and whether the lines agree with it in every year.
    private static func total(_ row: PlacedRow, differing: [Int]) -> Message {
        let id: String
        switch row.role {
        case .contributionsTotal: id = "import.place.contributions_total"
        case .openingEquity: id = "import.place.opening_equity"
        case .closingEquity: id = "import.place.closing_equity"
        case .fundsAvailable: id = "import.place.funds_available"
        case .totalIncome: id = "import.place.total_income"
        case .totalContributions: id = "import.place.total_contributions"
        case .subtotal: id = "import.place.subtotal"
        case .totalCosts: id = "import.place.total_costs"
        case .operatingCosts: id = "import.place.operating_costs"
        case .result: id = "import.place.result"
        case .financialNet: id = "statement.import.financial_net"
        case .financialIncomeTotal: id = "statement.import.financial_income_total"
        case .financialCostsTotal: id = "statement.import.financial_costs_total"
        default: id = "import.place.operating_result"
        }
        return Message(id, [.text(row.group ?? ""), .message(check(differing))])
    }

    /// Whether the lines agree with a printed total in every year.
    private static func check(_ differing: [Int]) -> Message {
        differing.isEmpty
            ? Message("import.place.agrees") : Message("import.place.differs", [.list(differing.map(String.init))])
    }
}
