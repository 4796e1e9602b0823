/// Renders many messages with one ``Catalog``, remembering the template of the last message id:
/// a report of many findings renders the same few messages over and over, and looking a
/// template up (its feature's table, then the `_suggest` variant) cost more than filling it in.
struct MessageRenderer {
    let catalog: Catalog
    private var lastID = ""
    private var lastCount = -1
    private var lastTemplate = ""

    init(_ catalog: Catalog) { self.catalog = catalog }

    /// The same text as `catalog.render(message)`.
    mutating func render(_ message: Message) -> String {
        // Ids are literals, so the same id compares equal by its storage at once.
        if message.id != lastID || message.arguments.count != lastCount {
            lastTemplate = catalog.template(for: message)
            lastID = message.id
            lastCount = message.arguments.count
        }
        return catalog.fill(lastTemplate, with: message)
    }
}
