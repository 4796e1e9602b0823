import Synchronization

/// A parsed JSON document: its bytes and a tape of nodes in document order.
///
/// The tape holds one 8-byte node per value: where the value starts, its kind, and the index of
/// the node after its subtree. An object's children are its values; each one's key is read back
/// from the bytes before it (``JSONKey``). Strings and numbers are read from the bytes
/// only when asked for, and JSON Pointers are worked out from an offset only when a message needs
/// one, so reading a large plan allocates almost nothing per value.
public final class JSONDocument: Sendable {
    /// The input after any BOM.
    public let bytes: [UInt8]
    let nodes: [JSONNode]
    /// Each node's parent and place among its siblings, for pointers (8 bytes a node), built
    /// when the first pointer is asked for: a plan with no findings never pays for it, which
    /// keeps a 50 MB plan within three times its size in memory.
    /// (Not an optional: `JSONTreeIndex?` is one more type the runtime makes at start-up.)
    private let treeStorage = Mutex(JSONTreeIndex())
    /// Nodes stepped over by pointer lookups that walked down from the root (see
    /// ``pointer(to:)``): once they add up to the document's size, the parent index pays.
    let walkedSteps = Atomic<Int>(0)
    /// Where the last look-up walked to, so the next one further on walks on from there: the
    /// cursors of look-ups that bring none of their own.
    let cursors = LocationCursors()

    /// How the largest arrays made from this document (its findings) ask for huge pages.
    let largeBuffers: LargeBuffers

    init(bytes: [UInt8], nodes: [JSONNode], largeBuffers: LargeBuffers = .none) {
        self.bytes = bytes
        self.nodes = nodes
        self.largeBuffers = largeBuffers
    }

    /// The parent index, built once on first use.
    /// True once the parent index has been built.
    var treeIsBuilt: Bool { treeStorage.withLock { $0.isBuilt } }

    var tree: JSONTreeIndex {
        treeStorage.withLock { stored in
            if !stored.isBuilt { stored = JSONTreeIndex(nodes) }
            return stored
        }
    }

    /// The document's top-level value.
    public var root: JSONValue { JSONValue(document: self, index: 0) }
}

/// One value (or object key) on the tape.
struct JSONNode: Sendable, Equatable {
    enum Kind: UInt32 {
        case object = 0
        case array, string, escapedString, number, trueValue, falseValue, null
    }

    /// Byte offset of the value's first character.
    let start: UInt32
    /// The kind in the top 4 bits, the index of the node after this subtree in the rest.
    let packed: UInt32

    static let indexMask: UInt32 = 0x0FFF_FFFF
    /// The most nodes a document may have (2^28), and the largest file (4 GiB − 1 bytes).
    static let maxNodes = Int(indexMask)

    init(kind: Kind, start: Int, next: Int) {
        self.start = UInt32(truncatingIfNeeded: start)
        self.packed = kind.rawValue << 28 | (UInt32(truncatingIfNeeded: next) & Self.indexMask)
    }

    var kind: Kind { Kind(rawValue: packed >> 28) ?? .null }
    /// A string without escapes: tested on the bits, without making a ``Kind`` (the parser asks
    /// this of every key).
    var isPlainString: Bool { packed >> 28 == Kind.string.rawValue }
    var next: Int { Int(packed & Self.indexMask) }
}

/// A value in a ``JSONDocument``: a cheap handle, read on demand.
public struct JSONValue: Sendable {
    public let document: JSONDocument
    let index: Int

    var node: JSONNode { document.nodes[index] }

    /// Byte offset of the value's first character in the input (after any BOM).
    public var offset: Int { Int(node.start) }

    /// Byte offset just after the value's subtree: where the next value on the tape starts, or
    /// the end of the input (so it may include the separators that follow the value).
    var endOffset: Int {
        let next = node.next
        return next < document.nodes.count ? Int(document.nodes[next].start) : document.bytes.count
    }

    public var isNull: Bool { node.kind == .null }

    /// A short name of the value's type for messages: `object`, `array`, `string`, ...
    public var typeName: String {
        switch node.kind {
        case .object: return "object"
        case .array: return "array"
        case .string, .escapedString: return "string"
        case .number: return "number"
        case .trueValue, .falseValue: return "boolean"
        case .null: return "null"
        }
    }

    /// The string's value, or nil for any other kind.
    public var string: String? {
        switch node.kind {
        case .string: return document.rawString(at: offset)
        case .escapedString: return document.unescapedString(at: offset)
        default: return nil
        }
    }

    /// A number's text exactly as written (`1844.5`), or nil for any other kind.
    public var numberText: String? {
        node.kind == .number ? document.numberText(at: offset) : nil
    }

    /// Calls `body` with the bytes of a number, or of a string without escapes (between its
    /// quotes); nil for any other value.
    public func withTokenBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let kind = node.kind
        guard kind == .number || kind == .string else { return nil }
        let start = offset
        return document.bytes.withUnsafeBufferPointer { buffer in
            if kind == .string {
                let end = JSONText.closingQuote(in: buffer, after: start)
                return body(UnsafeBufferPointer(rebasing: buffer[(start + 1)..<end]))
            }
            var end = start
            while end < buffer.count, JSONText.isNumberByte(buffer[end]) { end += 1 }
            return body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
    }

    /// The boolean, or nil for any other kind.
    public var bool: Bool? {
        switch node.kind {
        case .trueValue: return true
        case .falseValue: return false
        default: return nil
        }
    }

    public var isObject: Bool { node.kind == .object }
    public var isArray: Bool { node.kind == .array }

    /// An array's elements, in order; empty for any other kind.
    public var elements: [JSONValue] {
        guard node.kind == .array else { return [] }
        return document.children(of: index).map { JSONValue(document: document, index: $0) }
    }

    /// An object's members, in order; empty for any other kind.
    public var members: [JSONMember] {
        guard node.kind == .object else { return [] }
        return document.children(of: index).map { child in
            JSONMember(
                key: JSONKey(document: document, valueAt: Int(document.nodes[child].start)),
                value: JSONValue(document: document, index: child))
        }
    }

    /// Calls `body` with each member's key and the tape index of its value, in order, building
    /// nothing.
    func forEachMember(_ body: (_ key: ParsedKey, _ value: Int) -> Void) {
        guard node.kind == .object else { return }
        let nodes = document.nodes
        let end = nodes[index].next
        var value = index + 1
        document.bytes.withUnsafeBufferPointer { bytes in
            while value < end {
                let key = JSONKey.locate(in: bytes, valueAt: Int(nodes[value].start))
                body(ParsedKey(offset: key.opening, escaped: key.escaped), value)
                value = max(nodes[value].next, value + 1)
            }
        }
    }

    /// The value of the member named `key`, compared byte by byte; nil when absent.
    public func member(_ key: String) -> JSONValue? {
        members.first { $0.keyEquals(key) }?.value
    }
}

/// One `"key": value` pair of an object.
public struct JSONMember: Sendable {
    let keyToken: JSONKey
    public let value: JSONValue

    init(key: JSONKey, value: JSONValue) {
        self.keyToken = key
        self.value = value
    }

    public var key: String { keyToken.string }
    /// Byte offset of the key's opening quote.
    public var keyOffset: Int { keyToken.offset }

    /// True when the key is `name`, without building a string where the key has no escapes.
    public func keyEquals(_ name: String) -> Bool { keyToken.equals(name) }
}
