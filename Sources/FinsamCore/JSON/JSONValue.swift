/// A JSON value as finsam's reader found it, with the byte offset it starts at.
///
/// Numbers keep their source text: amounts are parsed from it exactly, never through `Double`.
public struct JSONValue: Sendable {
    public enum Kind: Sendable {
        case object([JSONMember])
        case array([JSONValue])
        case string(String)
        /// The number's text exactly as written, e.g. `1844.5` or `-12`.
        case number(String)
        case bool(Bool)
        case null
    }

    public let kind: Kind
    /// Byte offset of the value's first character in the input (after any BOM).
    public let offset: Int

    public init(kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// A short name of the value's type for messages: `object`, `array`, `string`, ...
    public var typeName: String {
        switch kind {
        case .object: return "object"
        case .array: return "array"
        case .string: return "string"
        case .number: return "number"
        case .bool: return "boolean"
        case .null: return "null"
        }
    }
}

/// One `"key": value` pair of an object, in file order.
public struct JSONMember: Sendable {
    public let key: String
    /// Byte offset of the key's opening quote.
    public let keyOffset: Int
    public let value: JSONValue
}

/// An RFC 6901 JSON Pointer such as `/years/0/costs/3/amount`.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    public private(set) var description: String

    public static let root = JSONPointer(description: "")

    private init(description: String) { self.description = description }

    /// The pointer to a member of the object this pointer names.
    public func appending(_ key: String) -> JSONPointer {
        let escaped = key.contains("~") || key.contains("/")
            ? key.replacingOccurrences("~", "~0").replacingOccurrences("/", "~1")
            : key
        return JSONPointer(description: description + "/" + escaped)
    }

    /// The pointer to an element of the array this pointer names.
    public func appending(_ index: Int) -> JSONPointer {
        JSONPointer(description: description + "/" + String(index))
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
