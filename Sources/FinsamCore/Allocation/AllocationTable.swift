/// Why the national table cannot be read: a message and its place (row and column of a CSV
/// file, line, column and pointer of a JSON file). Exit code 2, nothing written.
public struct AllocationInputError: Error, Sendable, Equatable {
    public let place: InputPlace
    public let message: Message
}

/// Reads the national table: CSV as Swedish Excel saves it (semicolons, decimal comma, UTF-8 or
/// Windows-1252), with a header row naming the columns in Swedish or English in any order; or
/// JSON (`{"federations": [...]}` or a bare array), told apart by the first character.
public enum AllocationTable {
    public static func read(_ bytes: [UInt8]) throws(AllocationInputError) -> [FederationInput] {
        let body = JSONReader.strippingBOM(bytes)
        let first = body.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return try AllocationJSON.read(body) }
        return try readCSV(SheetText.decode(bytes).text)
    }

    static func readCSV(_ text: String) throws(AllocationInputError) -> [FederationInput] {
        let table = CSVTable(text: text)
        guard let headerIndex = table.rows.firstIndex(where: { row in row.contains { !Self.blank($0) } }) else {
            throw AllocationInputError(
                place: InputPlace(line: 1, column: 1), message: Message("allocation.empty_table"))
        }
        let columns = try header(table.rows[headerIndex], line: headerIndex + 1)
        var rows: [FederationInput] = []
        var ids = Set<String>()
        for index in table.rows.indices.dropFirst(headerIndex + 1) {
            let cells = table.rows[index]
            guard cells.contains(where: { !Self.blank($0) }) else { continue }
            let row = try CSVRow(cells: cells, line: index + 1, columns: columns).federation()
            guard ids.insert(row.id).inserted else {
                throw AllocationInputError(
                    place: row.place, message: Message("allocation.duplicate_id", [.code(row.id)]))
            }
            rows.append(row)
        }
        guard !rows.isEmpty else {
            throw AllocationInputError(
                place: InputPlace(line: headerIndex + 1, column: 1), message: Message("allocation.no_federations"))
        }
        return rows
    }

    static func blank(_ cell: String) -> Bool { Substring(cell).trimmingSheetSpace().isEmpty }

    /// Each known column's position and unit; every heading must be known and none twice.
    static func header(
        _ cells: [String], line: Int
    ) throws(AllocationInputError) -> [AllocationColumn: (Int, AmountUnit)] {
        var columns: [AllocationColumn: (Int, AmountUnit)] = [:]
        for (index, cell) in cells.enumerated() where !blank(cell) {
            let place = InputPlace(line: line, column: index + 1)
            guard let (column, unit) = AllocationColumn.named(cell) else {
                var arguments: [Message.Argument] = [.code(cell)]
                if let near = Suggestion.nearest(
                    to: AllocationColumn.normalised(cell), in: AllocationColumn.allHeadings)
                {
                    arguments.append(.code(near))
                }
                throw AllocationInputError(place: place, message: Message("allocation.unknown_column", arguments))
            }
            guard columns[column] == nil else {
                throw AllocationInputError(place: place, message: Message("allocation.duplicate_column", [.code(cell)]))
            }
            columns[column] = (index, unit ?? .kr)
        }
        for column in AllocationColumn.allCases where column.isRequired && columns[column] == nil {
            throw AllocationInputError(
                place: InputPlace(line: line, column: 1),
                message: Message(
                    "allocation.missing_column", [.code(AllocationColumn.headings[column]?.first ?? column.rawValue)]))
        }
        if (columns[.equity] == nil) != (columns[.contributions] == nil) {
            throw AllocationInputError(
                place: InputPlace(line: line, column: 1), message: Message("allocation.equity_pair"))
        }
        return columns
    }
}

/// One row of the CSV table, read cell by cell with the cell's place in each message.
struct CSVRow {
    let cells: [String]
    let line: Int
    let columns: [AllocationColumn: (Int, AmountUnit)]

    func federation() throws(AllocationInputError) -> FederationInput {
        // A figure under no heading is misplaced: the row cannot be read for sure.
        let used = Set(columns.values.map(\.0))
        if let stray = cells.indices.first(where: { !used.contains($0) && !AllocationTable.blank(cells[$0]) }) {
            throw AllocationInputError(
                place: InputPlace(line: line, column: stray + 1),
                message: Message("allocation.no_heading", [.code(cells[stray])]))
        }
        let equity = try amount(.equity, allowNegative: true)
        let contributions = try amount(.contributions, allowNegative: false)
        if (equity == nil) != (contributions == nil) {
            throw error(equity == nil ? .equity : .contributions, Message("allocation.equity_pair"))
        }
        return FederationInput(
            id: try text(.id, required: true) ?? "", name: try text(.name, required: true) ?? "",
            population: try population(), supportMeasure: try support(),
            lastYear: try amount(.lastYear, allowNegative: false), maximum: try amount(.maximum, allowNegative: false),
            equity: equity.flatMap { equity in
                contributions.map { EquityPosition.national(closingEquity: equity, contributions: $0) }
            },
            planFile: try text(.plan, required: false), place: InputPlace(line: line, column: 1))
    }

    func raw(_ column: AllocationColumn) -> String? {
        guard let (index, _) = columns[column], index < cells.count else { return nil }
        let text = Substring(cells[index]).trimmingSheetSpace()
        return text.isEmpty ? nil : String(text)
    }

    func error(_ column: AllocationColumn, _ message: Message) -> AllocationInputError {
        AllocationInputError(place: InputPlace(line: line, column: (columns[column]?.0 ?? 0) + 1), message: message)
    }

    func text(_ column: AllocationColumn, required: Bool) throws(AllocationInputError) -> String? {
        let value = raw(column)
        if required && value == nil {
            throw error(column, Message("allocation.missing_value", [.code(column.rawValue)]))
        }
        return value
    }

    func population() throws(AllocationInputError) -> Int64 {
        let value = try text(.population, required: true) ?? ""
        guard let parsed = SupportMeasure.parse(value[...]), parsed.millionths % SupportMeasure.scale == 0,
            parsed.millionths / SupportMeasure.scale <= AllocationJSON.maxPopulation
        else { throw error(.population, Message("allocation.bad_population", [.code(value)])) }
        return parsed.millionths / SupportMeasure.scale
    }

    func support() throws(AllocationInputError) -> SupportMeasure {
        let value = try text(.supportMeasure, required: true) ?? ""
        guard let parsed = SupportMeasure.parse(value[...]) else {
            throw error(.supportMeasure, Message("allocation.bad_measure", [.code(value)]))
        }
        return parsed
    }

    func amount(_ column: AllocationColumn, allowNegative: Bool) throws(AllocationInputError) -> Money? {
        guard let value = raw(column), let unit = columns[column]?.1 else { return nil }
        guard case .amount(let money, _, _) = SheetCell.read(value, unit: unit) else {
            throw error(column, Message("allocation.bad_amount", [.code(value)]))
        }
        if money.isNegative && !allowNegative { throw error(column, Message("allocation.negative", [.code(value)])) }
        return money
    }
}
