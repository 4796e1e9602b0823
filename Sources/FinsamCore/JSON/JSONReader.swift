/// finsam's JSON reader (RFC 8259, strictly).
///
/// It keeps the offset of every value, and rejects what a lenient reader would quietly accept:
/// duplicate keys, trailing commas, comments, `NaN`/`Infinity`, invalid UTF-8, unescaped control
/// characters, lone surrogates, nesting deeper than ``depthLimit`` (a limit, never a stack
/// overflow), and strings longer than ``stringLimit``. A UTF-8 byte order mark at the start is
/// accepted and skipped.
public struct JSONReader: Sendable {
    /// The deepest nesting of arrays and objects accepted.
    public var depthLimit: Int
    /// The longest string, in UTF-8 bytes of its source text, accepted: no name or reason in a
    /// plan comes near it, and a runaway string is stopped where it starts instead of being read
    /// whole and echoed into messages.
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

    /// Reads one JSON document from bytes that have had any BOM removed.
    public func read(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        if let encodingError = Self.utf16Error(bytes) { throw encodingError }
        let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, depthLimit: depthLimit, stringLimit: stringLimit)
            do throws(JSONSyntaxError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func utf16Error(_ bytes: [UInt8]) -> JSONSyntaxError? {
        guard bytes.count >= 2 else { return nil }
        let bom = (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
        if bom || bytes[0] == 0 || bytes[1] == 0 {
            return JSONSyntaxError(reason: .utf16(withBOM: bom), offset: 0, pointer: .root)
        }
        return nil
    }
}

/// The recursive-descent parser behind ``JSONReader``.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let depthLimit: Int
    let stringLimit: Int
    var index = 0
    var depth = 0
    /// Where the last comma between members or elements was, so a trailing comma is reported
    /// at the comma itself rather than at the bracket after it.
    var lastComma = 0
    /// The keys and indices from the root to the value being read, for error pointers only.
    var path: [PathComponent] = []

    enum PathComponent {
        case key(String)
        case index(Int)
    }

    init(bytes: UnsafeBufferPointer<UInt8>, depthLimit: Int, stringLimit: Int) {
        self.bytes = bytes
        self.depthLimit = depthLimit
        self.stringLimit = stringLimit
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.empty) }
        let value = try parseValue()
        skipWhitespace()
        guard index >= bytes.count else { throw failure(.trailingContent) }
        return value
    }

    func failure(_ reason: JSONSyntaxError.Reason, at offset: Int? = nil) -> JSONSyntaxError {
        var pointer = JSONPointer.root
        for component in path {
            switch component {
            case .key(let key): pointer = pointer.appending(key)
            case .index(let index): pointer = pointer.appending(index)
            }
        }
        return JSONSyntaxError(reason: reason, offset: offset ?? index, pointer: pointer)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(kind: .number(try parseNumber()), offset: start)
        default:
            throw unexpectedHere()
        }
    }

    /// The most helpful error for the byte at `index`.
    func unexpectedHere() -> JSONSyntaxError {
        guard index < bytes.count else { return failure(.unexpectedEnd) }
        let byte = bytes[index]
        if byte == UInt8(ascii: "/") { return failure(.comment) }
        if let word = nonFiniteWord() { return failure(.nonFiniteNumber(word)) }
        if byte >= 0x80 {
            guard let scalar = decodeScalar(at: index) else { return failure(.invalidUTF8) }
            return failure(.unexpectedCharacter(String(Character(scalar))))
        }
        if byte < 0x20 || byte == 0x7F {
            return failure(.unexpectedCharacter("U+" + hex(UInt32(byte))))
        }
        return failure(.unexpectedCharacter(String(Character(Unicode.Scalar(byte)))))
    }

    private func nonFiniteWord() -> String? {
        for word in ["NaN", "Infinity", "+Infinity", "-Infinity"] where matches(word) {
            return word
        }
        return nil
    }

    private func matches(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard index + utf8.count <= bytes.count else { return false }
        for (offset, byte) in utf8.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    mutating func parseLiteral(_ word: String, _ kind: JSONValue.Kind) throws(JSONSyntaxError) -> JSONValue {
        let start = index
        guard matches(word) else { throw unexpectedHere() }
        index += word.utf8.count
        return JSONValue(kind: kind, offset: start)
    }

    mutating func enterContainer() throws(JSONSyntaxError) {
        depth += 1
        if depth > depthLimit { throw failure(.tooDeep(limit: depthLimit)) }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        try enterContainer()
        index += 1
        var members: [JSONMember] = []
        var seen = Set<String>()
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return JSONValue(kind: .object(members), offset: start)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw bytes[index] == UInt8(ascii: "}") && !members.isEmpty
                    ? failure(.trailingComma, at: lastComma) : keyError()
            }
            let keyOffset = index
            let key = try parseString()
            guard seen.insert(key).inserted else {
                throw failure(.duplicateKey(key), at: keyOffset)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw index < bytes.count ? failure(.expectedColon) : failure(.unexpectedEnd)
            }
            index += 1
            skipWhitespace()
            path.append(.key(key))
            let value = try parseValue()
            path.removeLast()
            members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
            if try closeOrContinue(closing: "}") { break }
        }
        depth -= 1
        return JSONValue(kind: .object(members), offset: start)
    }

    func keyError() -> JSONSyntaxError {
        let byte = bytes[index]
        if byte == UInt8(ascii: "/") { return failure(.comment) }
        if byte >= 0x80 && decodeScalar(at: index) == nil { return failure(.invalidUTF8) }
        return failure(.expectedKey)
    }

    /// After a member or element: true at the closing bracket, false after a comma.
    mutating func closeOrContinue(closing: Character) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        let byte = bytes[index]
        if byte == UInt8(ascii: ",") {
            lastComma = index
            index += 1
            return false
        }
        if let ascii = closing.asciiValue, byte == ascii {
            index += 1
            return true
        }
        if byte == UInt8(ascii: "/") { throw failure(.comment) }
        throw failure(.expectedCommaOrEnd(closing: closing))
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        try enterContainer()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return JSONValue(kind: .array(elements), offset: start)
        }
        while true {
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") && !elements.isEmpty {
                throw failure(.trailingComma, at: lastComma)
            }
            path.append(.index(elements.count))
            elements.append(try parseValue())
            path.removeLast()
            if try closeOrContinue(closing: "]") { break }
        }
        depth -= 1
        return JSONValue(kind: .array(elements), offset: start)
    }
}

func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
