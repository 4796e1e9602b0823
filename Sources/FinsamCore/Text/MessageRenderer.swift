/// Renders many messages with one ``Catalog``, remembering the last message id's template cut
/// into pieces: a report of many findings renders the same few messages over and over, and
/// looking a template up (its feature's table, then the `_suggest` variant) and finding its
/// placeholders cost more than putting the text together.
struct MessageRenderer {
    let catalog: Catalog
    private var lastID = ""
    private var lastCount = -1
    /// The template's text between placeholders (one more than `slots`), and each
    /// placeholder's argument index, as ``Catalog/fill(_:with:)`` reads them.
    private var literals: [String] = []
    private var slots: [Int] = []

    init(_ catalog: Catalog) { self.catalog = catalog }

    /// The same text as `catalog.render(message)`.
    mutating func render(_ message: Message) -> String {
        prepare(message)
        var result = literals[0]
        for (position, slot) in slots.enumerated() {
            if slot < message.arguments.count { result += catalog.render(message.arguments[slot]) }
            result += literals[position + 1]
        }
        return result
    }

    /// The same text written to `out` piece by piece, for output that needs no escaping.
    mutating func write(_ message: Message, to out: ReportOutput) {
        prepare(message)
        out.write(literals[0])
        for (position, slot) in slots.enumerated() {
            if slot < message.arguments.count { out.write(catalog.render(message.arguments[slot])) }
            out.write(literals[position + 1])
        }
    }

    /// The template's pieces for `message`, cut again only when its id or argument count
    /// differs from the last one's (ids are literals, so the same id compares equal at once).
    private mutating func prepare(_ message: Message) {
        guard message.id != lastID || message.arguments.count != lastCount else { return }
        (literals, slots) = Self.pieces(of: catalog.template(for: message))
        lastID = message.id
        lastCount = message.arguments.count
    }

    /// `template` cut at its placeholders `{n}`, up to the first brace pair that is not one
    /// (the rest is text), as ``Catalog/fill(_:with:)`` scans it.
    static func pieces(of template: String) -> (literals: [String], slots: [Int]) {
        var literals: [String] = []
        var slots: [Int] = []
        let utf8 = template.utf8
        var rest = utf8.startIndex
        while let open = utf8[rest...].firstIndex(of: UInt8(ascii: "{")),
            let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")),
            let index = Int(template[utf8.index(after: open)..<close])
        {
            literals.append(String(template[rest..<open]))
            slots.append(index)
            rest = utf8.index(after: close)
        }
        literals.append(String(template[rest...]))
        return (literals, slots)
    }
}
