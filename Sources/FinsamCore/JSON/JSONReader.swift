/// finsam's JSON reader (RFC 8259, strictly).
///
/// It keeps the offset of every value, and rejects what a lenient reader would quietly accept:
/// duplicate keys, trailing commas, comments, `NaN`/`Infinity`, invalid UTF-8, unescaped control
/// characters, lone surrogates, nesting deeper than ``depthLimit`` (a limit, never a stack
/// overflow), and strings longer than ``stringLimit``. A UTF-8 byte order mark at the start is
/// accepted: strip it with ``strippingBOM(_:)``.
public struct JSONReader: Sendable {
    /// The deepest nesting of arrays and objects accepted.
    public var depthLimit: Int
    /// The longest string, in UTF-8 bytes of its source text, accepted: no name or reason in a
    /// plan comes near it, and a runaway string is stopped where it starts instead of being
    /// scanned whole and echoed into messages.
    public var stringLimit: Int

    public init(depthLimit: Int = 256, stringLimit: Int = 1 << 20) {
        self.depthLimit = depthLimit
        self.stringLimit = stringLimit
    }

    /// The bytes after a UTF-8 byte order mark, if there is one.
    public static func strippingBOM(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            return Array(bytes[3...])
        }
        return bytes
    }

    /// Reads one JSON document from bytes that have had any BOM removed; returns its root.
    public func read(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try parse(bytes).root
    }

    /// Reads one JSON document from bytes that have had any BOM removed. A large document may
    /// be read in two parts at once by `parallelism` (see ``SplitParse``): the tape, and any
    /// error, are those of one reading from start to end.
    public func parse(_ bytes: [UInt8], parallelism: Parallelism = .serial) throws(JSONSyntaxError) -> JSONDocument {
        try parse(bytes, parallelism: parallelism, splitThreshold: SplitParse.threshold)
    }

    /// `splitThreshold`: the smallest document read in two parts; `splitAt`: where the second
    /// thread starts looking for a boundary (tests set both).
    func parse(
        _ bytes: [UInt8], parallelism: Parallelism, splitThreshold: Int, splitAt: Int? = nil
    ) throws(JSONSyntaxError) -> JSONDocument {
        if let encodingError = Self.utf16Error(bytes) { throw encodingError }
        let result: Result<[JSONNode], JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            let capacity = Self.nodeBound(byteCount: buffer.count)
            guard buffer.count < Int(UInt32.max), capacity <= JSONNode.maxNodes else {
                return .failure(JSONSyntaxError(reason: .tooLarge, offset: 0, pointer: .root))
            }
            guard parallelism.width > 1, buffer.count >= splitThreshold else {
                return wholeDocument(buffer, capacity: capacity, splice: nil, largeBuffers: parallelism.largeBuffers)
            }
            return SplitParse.run(
                from: splitAt ?? buffer.count / 100 * SplitParse.percent, buffer: buffer, capacity: capacity,
                parallelism: parallelism, reader: self)
        }
        return JSONDocument(bytes: bytes, nodes: try result.get(), largeBuffers: parallelism.largeBuffers)
    }

    /// The tape of the whole document, taking parts from `splice` when they are ready; `splice`
    /// is held by the caller until this returns. A large tape asks for huge pages through
    /// `largeBuffers`.
    func wholeDocument(
        _ buffer: UnsafeBufferPointer<UInt8>, capacity: Int, splice: SplitParse.Offers?,
        largeBuffers: LargeBuffers = .none
    )
        -> Result<[JSONNode], JSONSyntaxError>
    {
        var parser = JSONParser(bytes: buffer, depthLimit: depthLimit, capacity: capacity, largeBuffers: largeBuffers)
        parser.stringLimit = stringLimit
        if let splice { parser.splice = Unmanaged.passUnretained(splice) }
        do throws(JSONSyntaxError) {
            try parser.parseDocument()
            return .success(parser.nodes)
        } catch {
            return .failure(error)
        }
    }

    private static func utf16Error(_ bytes: [UInt8]) -> JSONSyntaxError? {
        guard bytes.count >= 2 else { return nil }
        let bom = (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
        if bom || bytes[0] == 0 || bytes[1] == 0 {
            return JSONSyntaxError(reason: .utf16(withBOM: bom), offset: 0, pointer: .root)
        }
        return nil
    }

    /// An upper bound on the nodes a document of `byteCount` bytes can have: every value
    /// takes at least one byte and is followed by a separator or the end, so at most
    /// (byteCount + 1) / 2. Reserving that once means the tape never moves; pages of the
    /// reservation that are never written are never made resident, so it costs address space,
    /// not memory.
    static func nodeBound(byteCount: Int) -> Int {
        byteCount / 2 + 1
    }
}

/// The recursive-descent parser behind ``JSONReader``: appends nodes to the tape in order.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let depthLimit: Int
    var stringLimit = Int.max
    /// Where the last comma between members or elements was, so a trailing comma is reported
    /// at the comma itself rather than at the bracket after it.
    var lastComma = 0
    var index = 0
    var depth = 0
    var nodes: [JSONNode] = []
    /// The deepest nesting reached, for a part read on its own (``SplitParse``).
    var deepest = 0
    /// Where another thread may have read elements ahead (``SplitParse``), or, for the thread
    /// reading ahead, where it hands its parts; held elsewhere for as long as the parser reads.
    var splice: Unmanaged<SplitParse.Offers>?
    /// On the thread reading ahead, the start of the part it reads.
    var readingAheadFrom: Int?
    /// The keys and element positions from the root to the value being read, for error
    /// pointers only.
    var path: [PathComponent] = []
    /// Key tables that large objects have let go, for the next one (``KeySlotPool``).
    var keySlotPool: KeySlotPool?

    enum PathComponent {
        case key(ParsedKey)
        case index(Int)
    }

    init(bytes: UnsafeBufferPointer<UInt8>, depthLimit: Int, capacity: Int, largeBuffers: LargeBuffers = .none) {
        self.bytes = bytes
        self.depthLimit = depthLimit
        // The room is a node for every two bytes; plans have one for every 15 to 20. Those
        // of the first sixteenth of the room (a node for every 32 bytes) come on huge pages.
        largeBuffers.reserve(&nodes, capacity, surely: capacity / 16)
    }

    mutating func parseDocument() throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.empty) }
        try parseValue()
        skipWhitespace()
        guard index >= bytes.count else { throw failure(.trailingContent) }
    }

    func failure(_ reason: JSONSyntaxError.Reason, at offset: Int? = nil) -> JSONSyntaxError {
        var pointer = JSONPointer.root
        for component in path {
            switch component {
            case .key(let key): pointer = pointer.appending(keyText(key))
            case .index(let position): pointer = pointer.appending(position)
            }
        }
        return JSONSyntaxError(reason: reason, offset: offset ?? index, pointer: pointer)
    }

    /// Skips spaces, tabs and line breaks. Most calls find none: that case is checked inline.
    @inline(__always)
    mutating func skipWhitespace() {
        guard index < bytes.count, bytes[index] <= 0x20 else { return }
        skipWhitespaceRun()
    }

    private mutating func skipWhitespaceRun() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func append(_ kind: JSONNode.Kind, start: Int) {
        nodes.append(JSONNode(kind: kind, start: start, next: nodes.count + 1))
    }

    mutating func parseValue() throws(JSONSyntaxError) {
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): append(try scanString() ? .escapedString : .string, start: start)
        case UInt8(ascii: "t"): try parseLiteral("true", .trueValue)
        case UInt8(ascii: "f"): try parseLiteral("false", .falseValue)
        case UInt8(ascii: "n"): try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
            append(.number, start: start)
        default:
            throw unexpectedHere()
        }
    }

    func matches(_ word: String) -> Bool {
        var offset = index
        for byte in word.utf8 {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    mutating func parseLiteral(_ word: String, _ kind: JSONNode.Kind) throws(JSONSyntaxError) {
        guard matches(word) else { throw unexpectedHere() }
        append(kind, start: index)
        index += word.utf8.count
    }

    mutating func enterContainer() throws(JSONSyntaxError) {
        depth += 1
        deepest = max(deepest, depth)
        if depth > depthLimit { throw failure(.tooDeep(limit: depthLimit)) }
    }

    /// Replaces a container's placeholder node once its subtree is on the tape.
    mutating func close(_ node: Int, _ kind: JSONNode.Kind, start: Int) {
        nodes[node] = JSONNode(kind: kind, start: start, next: nodes.count)
        depth -= 1
    }
}
