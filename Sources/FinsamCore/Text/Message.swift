/// A message to a person: an id in the catalogue and the values it mentions.
///
/// Findings and errors carry messages, not text, so that the same finding prints in Swedish or
/// English, and the JSON output can carry the id for tools.
public struct Message: Error, Sendable, Hashable {
    public let id: String
    public let arguments: [Argument]

    public init(_ id: String, _ arguments: [Argument] = []) {
        self.id = id
        self.arguments = arguments
    }

    /// A value a message mentions; each renders in the reader's language.
    public enum Argument: Sendable, Hashable {
        case text(String)
        case code(String)
        case money(Money)
        case percent(Percent)
        case integer(Int)
        case list([String])
        /// Another message, rendered in place (a forecast's finding inside "forecast as of …").
        case message(Message)
        /// A figure that cannot be computed: it lies beyond what an amount can hold. Said in
        /// words, never shown as zero.
        case uncomputable
    }
}

extension Message.Argument {
    /// `a − b`, or ``uncomputable`` where the difference cannot be held.
    static func difference(_ a: Money, _ b: Money) -> Message.Argument {
        a.subtracting(b).map(Message.Argument.money) ?? .uncomputable
    }
}

extension Figure {
    /// The figure `name` = `a − b`, or none where the difference cannot be held.
    static func difference(_ name: String, _ a: Money, _ b: Money) -> [Figure] {
        a.subtracting(b).map { [.money(name, $0)] } ?? []
    }
}
