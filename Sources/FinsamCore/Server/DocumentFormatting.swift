/// `textDocument/formatting`: the plan in `finsam fmt`'s canonical layout, as one edit over the
/// whole text. `finsam fmt` is not part of this build yet, so the server does not offer
/// formatting and answers a request for it with a clear error; when fmt is merged, this is the
/// one function to fill in (and ``isAvailable`` to set), nothing else.
enum DocumentFormatting {
    /// Whether the server tells the client it formats documents.
    static let isAvailable = false

    /// The formatted text, or the message saying why there is none.
    static func formatted(_ bytes: [UInt8]) -> Result<[UInt8], Message> {
        .failure(Message("lsp.formatting.unavailable"))
    }
}
