/// The national table as JSON: `{"federations": [{"id": …, "name": …, "population": 41000,
/// "supportMeasure": "1 234,5", "lastYear": 1650000, "maximum": …, "equity": …,
/// "contributions": …, "plan": "plans/x.json"}]}` or the array alone. Amounts in kronor, as
/// numbers or strings the way plans write them; errors carry line, column and JSON Pointer.
enum AllocationJSON {
    /// More inhabitants than any area has; a larger figure is a mistake, not a federation.
    static let maxPopulation: Int64 = 100_000_000

    static func read(_ body: [UInt8]) throws(AllocationInputError) -> [FederationInput] {
        let document: JSONDocument
        do throws(JSONSyntaxError) {
            document = try JSONReader().parse(body)
        } catch {
            let position = SourceMap(bytes: body).position(of: error.offset)
            throw AllocationInputError(
                place: InputPlace(line: position.line, column: position.column, pointer: error.pointer),
                message: Message.syntax(error.reason))
        }
        let reader = Reader(document: document, map: SourceMap(bytes: body))
        let root = document.root
        let list = root.isObject ? root.member("federations") : root
        guard let list, list.isArray else { throw reader.error(root, Message("allocation.json_shape")) }
        var rows: [FederationInput] = []
        var ids = Set<String>()
        for element in list.elements {
            let row = try reader.federation(element)
            guard ids.insert(row.id).inserted else {
                throw reader.error(element, Message("allocation.duplicate_id", [.code(row.id)]))
            }
            rows.append(row)
        }
        guard !rows.isEmpty else { throw reader.error(list, Message("allocation.no_federations")) }
        return rows
    }

    struct Reader {
        let document: JSONDocument
        let map: SourceMap

        func place(_ value: JSONValue) -> InputPlace { place(offset: value.offset) }

        func place(offset: Int) -> InputPlace {
            let position = map.position(of: offset)
            return InputPlace(line: position.line, column: position.column, pointer: document.pointer(to: offset))
        }

        func error(_ value: JSONValue, _ message: Message) -> AllocationInputError {
            AllocationInputError(place: place(value), message: message)
        }

        func federation(_ value: JSONValue) throws(AllocationInputError) -> FederationInput {
            guard value.isObject else {
                throw error(value, Message("plan.wrong_type", [.text("object"), .text(value.typeName)]))
            }
            let known = AllocationColumn.allCases.map(\.jsonField)
            for member in value.members where !known.contains(member.key) {
                var arguments: [Message.Argument] = [.code(member.key)]
                if let near = Suggestion.nearest(to: member.key, in: known) { arguments.append(.code(near)) }
                throw AllocationInputError(
                    place: place(offset: member.keyOffset), message: Message("allocation.unknown_field", arguments))
            }
            let equity = try amount(value, .equity, allowNegative: true)
            let contributions = try amount(value, .contributions, allowNegative: false)
            if (equity == nil) != (contributions == nil) { throw error(value, Message("allocation.equity_pair")) }
            return FederationInput(
                id: try text(value, .id) ?? "", name: try text(value, .name) ?? "",
                population: try population(value), supportMeasure: try support(value),
                lastYear: try amount(value, .lastYear, allowNegative: false),
                maximum: try amount(value, .maximum, allowNegative: false),
                equity: equity.flatMap { equity in
                    contributions.map { EquityPosition.national(closingEquity: equity, contributions: $0) }
                },
                planFile: try text(value, .plan), place: place(value))
        }

        func field(_ object: JSONValue, _ column: AllocationColumn) throws(AllocationInputError) -> JSONValue? {
            let field = object.member(column.jsonField)
            if field == nil || field?.isNull == true {
                if column.isRequired {
                    throw error(object, Message("allocation.missing_value", [.code(column.jsonField)]))
                }
                return nil
            }
            return field
        }

        func text(_ object: JSONValue, _ column: AllocationColumn) throws(AllocationInputError) -> String? {
            guard let field = try field(object, column) else { return nil }
            guard let text = field.string, !text.isEmpty else {
                throw error(field, Message("plan.wrong_type", [.text("string"), .text(field.typeName)]))
            }
            return text
        }

        func numberText(_ field: JSONValue) -> String { field.numberText ?? field.string ?? field.typeName }

        func population(_ object: JSONValue) throws(AllocationInputError) -> Int64 {
            guard let field = try field(object, .population) else { return 0 }
            let text = numberText(field)
            guard let parsed = SupportMeasure.parse(text[...]), parsed.millionths % SupportMeasure.scale == 0,
                parsed.millionths / SupportMeasure.scale <= maxPopulation
            else { throw error(field, Message("allocation.bad_population", [.code(text)])) }
            return parsed.millionths / SupportMeasure.scale
        }

        func support(_ object: JSONValue) throws(AllocationInputError) -> SupportMeasure {
            guard let field = try field(object, .supportMeasure) else { return SupportMeasure(millionths: 0) }
            let text = numberText(field)
            guard let parsed = SupportMeasure.parse(text[...]) else {
                throw error(field, Message("allocation.bad_measure", [.code(text)]))
            }
            return parsed
        }

        func amount(
            _ object: JSONValue, _ column: AllocationColumn, allowNegative: Bool
        ) throws(AllocationInputError) -> Money? {
            guard let field = try field(object, column) else { return nil }
            let text = numberText(field)
            guard field.numberText != nil || field.string != nil,
                case .amount(let money, _, _) = SheetCell.read(text, unit: .kr)
            else {
                throw error(field, Message("allocation.bad_amount", [.code(text)]))
            }
            if money.isNegative && !allowNegative { throw error(field, Message("allocation.negative", [.code(text)])) }
            return money
        }
    }
}
