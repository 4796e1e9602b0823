/// An RFC 6901 JSON Pointer such as `/years/0/costs/3/amount`.
///
/// A pointer whose last step is an array index keeps that index apart from the text before it,
/// so the pointers of an array's elements share their parent's text and are made without
/// building any: a plan with a finding in each of 400 000 initiatives made a string for each
/// (`/initiatives/123456`). Every pointer to a place is built the same way (a key step makes
/// text, an index step does not), so two pointers are equal when their texts are.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    /// The text up to the last step when that step is an array index, else the whole text.
    let head: String
    /// The last step when it is an array index; -1 when it is a key (or the root).
    let index: Int

    public var description: String { index < 0 ? head : head + "/" + String(index) }

    /// The number of steps from the root: 0 for the root, 2 for `/initiatives/5`.
    var depth: Int { Self.steps(in: head) + (index < 0 ? 0 : 1) }

    /// The steps of a pointer written as `text`: its slashes, counted through the text's own
    /// bytes where it has them (every string finsam makes). The view's generic `count(where:)`
    /// cost 400 instructions for `/initiatives`, once for each of 150 000 waived findings and
    /// again for each of their waivers.
    static func steps(in text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { $0.count { $0 == UInt8(ascii: "/") } }
            ?? text.utf8.count { $0 == UInt8(ascii: "/") }
    }

    public static let root = JSONPointer(head: "", index: -1)

    private init(head: String, index: Int) {
        self.head = head
        self.index = index
    }

    /// The pointer to a member of the object this pointer names.
    public func appending(_ key: String) -> JSONPointer {
        let escaped =
            key.contains("~") || key.contains("/")
            ? key.replacingOccurrences("~", "~0").replacingOccurrences("/", "~1")
            : key
        return JSONPointer(head: description + "/" + escaped, index: -1)
    }

    /// The pointer to an element of the array this pointer names.
    public func appending(_ index: Int) -> JSONPointer {
        guard index >= 0 else { return JSONPointer(head: description + "/" + String(index), index: -1) }
        return JSONPointer(head: description, index: index)
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
