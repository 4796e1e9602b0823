/// `textDocument/formatting`: the plan in `finsam fmt`'s canonical layout (``PlanFormatter``),
/// as one edit over the whole text.
enum DocumentFormatting {
    /// Whether the server tells the client it formats documents.
    static let isAvailable = true

    /// The formatted text, or the message saying why there is none (text that is not JSON).
    static func formatted(_ bytes: [UInt8]) -> Result<[UInt8], Message> {
        do throws(InputError) {
            return .success(try PlanFormatter.format(bytes, file: "document.json"))
        } catch {
            return .failure(error.message)
        }
    }
}
