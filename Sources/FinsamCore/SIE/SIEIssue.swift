/// A message about an SIE import or export, with its severity and the place it is about.
public struct SIEIssue: Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning, note }

    /// Where: a line and column of the books, or a byte offset in the accounts map or the plan
    /// (the command line turns offsets into lines and columns).
    public enum Place: Sendable, Equatable {
        case books(line: Int, column: Int)
        case accounts(offset: Int)
        case plan(offset: Int)
    }

    public let severity: Severity
    public let message: Message
    public let place: Place

    public init(_ severity: Severity, _ message: Message, at place: Place) {
        self.severity = severity
        self.message = message
        self.place = place
    }
}

extension Money {
    /// The amount as a JSON number in `unit`, exact: `150000.5` in kr, `150.0005` in tkr.
    func planNumber(_ unit: AmountUnit) -> String {
        guard unit == .tkr else { return decimalKronor }
        let negative = ore < 0
        let magnitude = ore.magnitude
        let whole = magnitude / UInt64(Money.orePerThousand)
        var fraction = String(magnitude % UInt64(Money.orePerThousand))
        fraction = String(repeating: "0", count: 5 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let text = String(whole) + (fraction.isEmpty ? "" : "." + fraction)
        return negative ? "-" + text : text
    }
}
