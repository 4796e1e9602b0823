/// One line of an SIE file cut into its label and fields, each with the column it starts at.
///
/// SIE 4 writes one item a line: a label (`#TRANS`), then fields separated by spaces or tabs.
/// A field with spaces is quoted (`"Kansli och styrelse"`), a quote inside it written `\"`; an
/// object list is braces around dimension/object pairs (`{6 "P12" 1 "100"}`, or `{}`).
/// The lines `{` and `}` open and close a voucher's rows.
struct SIELine: Sendable {
    /// `#TRANS`, or `{` / `}`; upper case as the standard writes it.
    let label: String
    let fields: [SIEField]
    /// 1-based line and the label's column.
    let line: Int
    let column: Int
}

struct SIEField: Sendable {
    enum Value: Sendable, Equatable {
        case text(String)
        case objects([SIEObjectRef])
    }

    let value: Value
    let column: Int

    var text: String? {
        if case .text(let text) = value { return text }
        return nil
    }
}

/// An object named on a transaction or balance: its dimension's number and its own id.
public struct SIEObjectRef: Hashable, Sendable, Comparable {
    public let dimension: String
    public let object: String

    public init(dimension: String, object: String) {
        self.dimension = dimension
        self.object = object
    }

    public static func < (lhs: SIEObjectRef, rhs: SIEObjectRef) -> Bool {
        (lhs.dimension, lhs.object) < (rhs.dimension, rhs.object)
    }
}

/// Why an SIE file cannot be read, and where: 1-based line and column.
public struct SIEError: Error, Sendable, Equatable {
    public let message: Message
    public let line: Int
    public let column: Int

    public init(_ message: Message, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }
}
