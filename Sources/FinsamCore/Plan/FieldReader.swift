/// Reads the members of one JSON object by name.
///
/// One pass over the object matches each key, byte by byte, against the names the format
/// knows; lookups then cost an index, and the keys it did not know are kept as unknown fields
/// with the nearest known name, so a typo is reported rather than ignored.
struct FieldReader {
    private let document: JSONDocument
    let offset: Int
    let known: KnownFields
    /// For each known name, the tape index of its value, or -1.
    private var found: FoundSlots
    /// The values whose keys matched no known name (their keys are found back from them: an
    /// array of plain numbers is no new type for the runtime to make at start-up).
    private var unknown: [Int] = []

    init(_ value: JSONValue, known: KnownFields) throws(PlanError) {
        guard value.isObject else {
            throw PlanError(Message("plan.wrong_type", [.text("object"), .text(value.typeName)]), offset: value.offset)
        }
        self.document = value.document
        self.offset = value.offset
        self.known = known
        self.found = FoundSlots(count: known.count)
        let document = value.document
        var hint = 0
        value.forEachMember { key, valueIndex in
            if let position = document.keyPosition(of: key, in: known, hint: hint) {
                found[position] = valueIndex
                hint = position + 1
            } else {
                unknown.append(valueIndex)
            }
        }
    }

    var ref: SourceRef { SourceRef(offset: offset) }

    /// The value of `key`, if present and not null.
    func optional(_ key: String) -> JSONValue? {
        guard let position = known.position(of: key), found[position] >= 0 else { return nil }
        let value = JSONValue(document: document, index: found[position])
        return value.isNull ? nil : value
    }

    /// The value of `key`, or an error naming the missing field.
    func required(_ key: String) throws(PlanError) -> JSONValue {
        guard let found = optional(key) else {
            throw PlanError(Message("plan.missing_field", [.code(key)]), at: ref)
        }
        return found
    }

    /// Members whose names are not in `known`, each with the nearest known name if one is close.
    func unknownFields() -> [UnknownField] {
        unknown.map { value in
            let key = JSONKey(document: document, valueAt: Int(document.nodes[value].start))
            let name = key.string
            return UnknownField(
                name: name, suggestion: Suggestion.nearest(to: name, in: known.names),
                ref: SourceRef(offset: key.offset))
        }
    }
}

/// A field the format does not have: probably a typo, so a warning rather than silence.
public struct UnknownField: Sendable, Equatable {
    public let name: String
    public let suggestion: String?
    public let ref: SourceRef
}
