/// Why a file is not a plan finsam can check. These stop the file: exit code 2.
public struct PlanError: Error, Sendable, Equatable {
    public let message: Message
    public let offset: Int
    /// Where the reader was, for syntax errors; nil where the document can say it from the offset.
    public let pointer: JSONPointer?
    /// The plan's unit where the decoder had read it: amounts in the message are shown in it.
    public var unit = AmountUnit.kr

    public init(_ message: Message, offset: Int, pointer: JSONPointer? = nil) {
        self.message = message
        self.offset = offset
        self.pointer = pointer
    }

    init(_ message: Message, at ref: SourceRef) {
        self.init(message, offset: ref.offset)
    }

    /// The error for a file that is not JSON.
    public init(syntax error: JSONSyntaxError) {
        self.init(Message.syntax(error.reason), offset: error.offset, pointer: error.pointer)
    }
}

extension Message {
    static func syntax(_ reason: JSONSyntaxError.Reason) -> Message {
        switch reason {
        case .empty: return Message("json.empty")
        case .utf16(let bom): return Message(bom ? "json.utf16_bom" : "json.utf16")
        case .invalidUTF8: return Message("json.invalid_utf8")
        case .unexpectedCharacter(let c): return Message("json.unexpected_character", [.code(c)])
        case .unexpectedEnd: return Message("json.unexpected_end")
        case .trailingComma: return Message("json.trailing_comma")
        case .duplicateKey(let key): return Message("json.duplicate_key", [.code(key)])
        case .comment: return Message("json.comment")
        case .nonFiniteNumber(let word): return Message("json.non_finite", [.code(word)])
        case .invalidNumber(let text): return Message("json.invalid_number", [.code(text)])
        case .invalidEscape: return Message("json.invalid_escape")
        case .controlCharacterInString: return Message("json.control_character")
        case .loneSurrogate: return Message("json.lone_surrogate")
        case .tooDeep(let limit): return Message("json.too_deep", [.integer(limit)])
        case .stringTooLong(let limit): return Message("json.string_too_long", [.integer(limit)])
        case .trailingContent: return Message("json.trailing_content")
        case .expectedKey: return Message("json.expected_key")
        case .expectedColon: return Message("json.expected_colon")
        case .expectedCommaOrEnd(let closing): return Message("json.expected_comma", [.code(String(closing))])
        case .tooLarge: return Message("json.too_large")
        }
    }
}
