/// Why a file is not JSON finsam can read, and where.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case empty
        case utf16(withBOM: Bool)
        case invalidUTF8
        case unexpectedCharacter(String)
        case unexpectedEnd
        case trailingComma
        case duplicateKey(String)
        case comment
        case nonFiniteNumber(String)
        case invalidNumber(String)
        case invalidEscape
        case controlCharacterInString
        case loneSurrogate
        case tooDeep(limit: Int)
        case stringTooLong(limit: Int)
        case trailingContent
        case expectedKey
        case expectedColon
        case expectedCommaOrEnd(closing: Character)
        case tooLarge
    }

    public let reason: Reason
    /// Byte offset of the problem (after any BOM).
    public let offset: Int
    /// Where in the document the reader was.
    public let pointer: JSONPointer

    public init(reason: Reason, offset: Int, pointer: JSONPointer) {
        self.reason = reason
        self.offset = offset
        self.pointer = pointer
    }
}
