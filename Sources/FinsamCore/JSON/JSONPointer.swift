/// An RFC 6901 JSON Pointer such as `/years/0/costs/3/amount`.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    public private(set) var description: String

    public static let root = JSONPointer(description: "")

    private init(description: String) { self.description = description }

    /// The pointer to a member of the object this pointer names.
    public func appending(_ key: String) -> JSONPointer {
        let escaped =
            key.contains("~") || key.contains("/")
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
    /// Every occurrence of `target` replaced, without Foundation; for this package's targets only.
    package func replacingOccurrences(_ target: String, _ replacement: String) -> String {
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

/// The UTF-16 code unit as four hex digits, for messages.
func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
