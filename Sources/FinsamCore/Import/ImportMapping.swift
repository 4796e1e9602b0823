/// What the table does not say, given in a mapping file (JSON): which row is which member or
/// category, the members behind a total, the federation, the unit, the years to take, and
/// plan fields copied as they are (`policy`, `initiatives`, `assumptions`, `waivers`).
public struct ImportMapping: Sendable {
    public var federation: String?
    public var organisationNumber: String?
    public var unit: AmountUnit?
    public var firstYear: Int?
    public var lastYear: Int?
    /// Opening equity as written (parsed in the plan's unit once that is known).
    var openingEquity: String?
    var members: [ImportedMember] = []
    /// By row name, lower case and trimmed.
    var rows: [String: RowMapping] = [:]
    /// Why a year may end negative, by year: text of the document, never in its table.
    var deficitReasons: [Int: String] = [:]
    /// Plan fields copied into the plan as written.
    var copied: [(String, JSONOutput)] = []

    public init() {}

    static let copiedFields = ["policy", "initiatives", "assumptions", "waivers"]
    static let knownFields =
        [
            "federation", "organisationNumber", "unit", "firstYear", "lastYear", "openingEquity",
            "members", "rows", "deficitReason",
        ] + copiedFields

    func row(_ name: String) -> RowMapping? { rows[name.trimmedText.lowercased()] }
}

/// How the mapping places one row.
struct RowMapping: Sendable {
    var role: RowRole?
    var initiative: String?
    var group: String?
}

/// Why a mapping file cannot be used: a message and the byte offset it is about.
public struct ImportMappingError: Error, Sendable {
    public let message: Message
    public let offset: Int

    /// The JSON of a mapping file (`import csv --mapping`, `import sie --accounts`), or its
    /// syntax error at its offset.
    static func root(of bytes: [UInt8]) throws(ImportMappingError) -> JSONValue {
        do throws(JSONSyntaxError) {
            return try JSONReader().read(JSONReader.strippingBOM(bytes))
        } catch {
            throw ImportMappingError(message: PlanError(syntax: error).message, offset: error.offset)
        }
    }
}

extension ImportMapping {
    /// Reads a mapping file; every problem names its place (byte offset) in the file.
    public static func decode(_ bytes: [UInt8]) throws(ImportMappingError) -> ImportMapping {
        let root = try ImportMappingError.root(of: bytes)
        guard root.isObject else { throw wrong(root, "object") }
        var mapping = ImportMapping()
        // Rows may name members the file lists after them: read rows last.
        for member in root.members where member.key != "rows" {
            try mapping.take(member)
        }
        if let rows = root.member("rows") {
            guard rows.isObject else { throw wrong(rows, "object") }
            for entry in rows.members {
                mapping.rows[entry.key.trimmedText.lowercased()] = try Self.row(entry.value, members: mapping.members)
            }
        }
        return mapping
    }

    private mutating func take(_ member: JSONMember) throws(ImportMappingError) {
        let value = member.value
        switch member.key {
        case "federation": federation = try Self.text(value)
        case "organisationNumber": organisationNumber = try Self.text(value)
        case "unit":
            guard let unit = AmountUnit(rawValue: try Self.text(value)) else {
                throw Self.wrong(value, "\"kr\" or \"tkr\"")
            }
            self.unit = unit
        case "deficitReason":
            guard value.isObject else { throw Self.wrong(value, "object") }
            for entry in value.members {
                guard let year = Int(entry.key) else {
                    // A key is always a string.
                    throw ImportMappingError(
                        message: Message("import.mapping_wrong_type", [.text("year"), .text("string")]),
                        offset: entry.keyOffset)
                }
                deficitReasons[year] = try Self.text(entry.value)
            }
        case "firstYear": firstYear = try Self.integer(value)
        case "lastYear": lastYear = try Self.integer(value)
        case "openingEquity": openingEquity = value.numberText ?? value.string
        case "members":
            guard value.isArray else { throw Self.wrong(value, "array") }
            for element in value.elements { members.append(try Self.member(element)) }
        case let key where Self.copiedFields.contains(key):
            copied.append((key, Self.output(value)))
        default:
            var arguments: [Message.Argument] = [.code(member.key)]
            if let near = Suggestion.nearest(to: member.key, in: Self.knownFields) { arguments.append(.code(near)) }
            throw ImportMappingError(
                message: Message("import.mapping_unknown_field", arguments), offset: member.keyOffset)
        }
    }

    static let memberFields = ["id", "name", "kind", "population"]

    /// A member with every field a plan's member has; a field finsam does not know is an error,
    /// never dropped.
    static func member(_ value: JSONValue) throws(ImportMappingError) -> ImportedMember {
        guard value.isObject, let id = value.member("id")?.string, let name = value.member("name")?.string,
            let kind = value.member("kind")?.string.flatMap(Member.Kind.init(rawValue:))
        else { throw wrong(value, "{\"id\", \"name\", \"kind\": state|region|municipality}") }
        for field in value.members where !memberFields.contains(field.key) {
            var arguments: [Message.Argument] = [.code(field.key)]
            if let near = Suggestion.nearest(to: field.key, in: memberFields) { arguments.append(.code(near)) }
            throw ImportMappingError(
                message: Message("import.mapping_unknown_field", arguments), offset: field.keyOffset)
        }
        var member = ImportedMember(id: id, name: name, kind: kind)
        if let population = value.member("population") {
            guard let text = population.numberText, let count = Int64(text), count >= 0 else {
                throw wrong(population, "a whole number of inhabitants")
            }
            member.population = count
        }
        return member
    }

    /// A row is a role name (`"administration"`), or an object: `{"member": "fk"}` or
    /// `{"role": "operations", "initiative": "enter", "group": "Verksamhet"}`.
    static func row(_ value: JSONValue, members: [ImportedMember]) throws(ImportMappingError) -> RowMapping {
        if let name = value.string { return RowMapping(role: try role(name, value)) }
        guard value.isObject else { throw wrong(value, "role name or object") }
        var mapping = RowMapping()
        if let id = value.member("member") {
            guard let text = id.string,
                let member = members.first(where: { $0.id == text })
                    ?? RowNames.member(text).map({
                        ImportedMember(id: text, name: $0.name, kind: $0.kind)
                    })
            else {
                throw ImportMappingError(
                    message: Message("import.mapping_unknown_member", [.code(id.string ?? "")]), offset: id.offset)
            }
            mapping.role = .member(member)
        }
        if let role = value.member("role") ?? value.member("category") {
            mapping.role = try Self.role(try text(role), role)
        }
        mapping.initiative = value.member("initiative")?.string
        mapping.group = value.member("group")?.string
        return mapping
    }

    static func role(_ name: String, _ value: JSONValue) throws(ImportMappingError) -> RowRole {
        guard let role = RowRole.named[name] else {
            var arguments: [Message.Argument] = [.code(name)]
            if let near = Suggestion.nearest(to: name, in: Array(RowRole.named.keys).sorted()) {
                arguments.append(.code(near))
            }
            throw ImportMappingError(message: Message("import.mapping_unknown_role", arguments), offset: value.offset)
        }
        return role
    }

    static func text(_ value: JSONValue) throws(ImportMappingError) -> String {
        guard let text = value.string else { throw wrong(value, "string") }
        return text
    }

    static func integer(_ value: JSONValue) throws(ImportMappingError) -> Int {
        guard let text = value.numberText, let number = Int(text) else { throw wrong(value, "integer") }
        return number
    }

    static func wrong(_ value: JSONValue, _ expected: String) -> ImportMappingError {
        ImportMappingError(
            message: Message("import.mapping_wrong_type", [.text(expected), .text(value.typeName)]),
            offset: value.offset)
    }

    /// A JSON value copied as written, members in file order.
    static func output(_ value: JSONValue) -> JSONOutput {
        switch value.kind {
        case .object(let members): return .object(members.map { ($0.key, output($0.value)) })
        case .array(let elements): return .array(elements.map(output))
        case .string(let text): return .string(text)
        case .number(let text): return .number(text)
        case .bool(let flag): return .bool(flag)
        case .null: return .null
        }
    }
}
