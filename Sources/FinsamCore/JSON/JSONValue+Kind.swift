extension JSONValue {
    /// The value as an enum, built on demand: convenient for tests and small documents; the
    /// decoder uses the accessors instead, which build nothing.
    public enum Kind: Sendable {
        case object([JSONMember])
        case array([JSONValue])
        case string(String)
        /// The number's text exactly as written, e.g. `1844.5` or `-12`.
        case number(String)
        case bool(Bool)
        case null
    }

    public var kind: Kind {
        switch node.kind {
        case .object: return .object(members)
        case .array: return .array(elements)
        case .string, .escapedString: return .string(string ?? "")
        case .number: return .number(numberText ?? "")
        case .trueValue: return .bool(true)
        case .falseValue: return .bool(false)
        case .null: return .null
        }
    }
}
