/// A message to a person: an id in the catalogue and the values it mentions.
///
/// Findings and errors carry messages, not text, so that the same finding prints in Swedish or
/// English, and the JSON output can carry the id for tools.
public struct Message: Error, Sendable, Hashable {
    public let id: String
    /// The arguments, held without an array when there are none or one (most messages): a plan
    /// with a finding in each of 400 000 initiatives allocated, and freed, an array for each.
    private let held: Held

    private enum Held: Sendable, Hashable {
        case none
        case one(Argument)
        case many([Argument])
    }

    public init(_ id: String, _ arguments: [Argument] = []) {
        self.id = id
        switch arguments.count {
        case 0: held = .none
        case 1: held = .one(arguments[0])
        default: held = .many(arguments)
        }
    }

    /// The values the message mentions, in order.
    public var arguments: [Argument] {
        switch held {
        case .none: return []
        case .one(let argument): return [argument]
        case .many(let arguments): return arguments
        }
    }

    /// How many arguments the message has (without making their array).
    public var argumentCount: Int {
        switch held {
        case .none: return 0
        case .one: return 1
        case .many(let arguments): return arguments.count
        }
    }

    /// Argument `index`, or nil past the last (without making their array).
    public func argument(_ index: Int) -> Argument? {
        switch held {
        case .none: return nil
        case .one(let argument): return index == 0 ? argument : nil
        case .many(let arguments): return arguments.indices.contains(index) ? arguments[index] : nil
        }
    }

    public static func == (lhs: Message, rhs: Message) -> Bool {
        guard lhs.id == rhs.id, lhs.argumentCount == rhs.argumentCount else { return false }
        return (0..<lhs.argumentCount).allSatisfy { lhs.argument($0) == rhs.argument($0) }
    }

    /// Hashed as ``==`` compares: the id and each argument, however they are held.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(argumentCount)
        for index in 0..<argumentCount { hasher.combine(argument(index)) }
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
        /// Boxed: a message holds its one argument inline.
        indirect case message(Message)
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
