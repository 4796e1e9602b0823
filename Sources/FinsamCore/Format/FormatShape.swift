/// What `finsam fmt` knows about one place in a plan file: the order its fields go in and how
/// it is laid out.
///
/// Objects of the format list their known fields in the order docs/plan-format.md documents
/// them; keys that are data rather than fields (member ids in `contributions`, years in
/// `granted`) keep the order they were written in, as do keys the format does not know.
indirect enum FormatShape: Sendable {
    /// Nothing known: keys keep their order, layout by width.
    case any
    /// An object of the format: its known fields, in canonical order.
    case object([FormatField], FormatLayout)
    /// An object whose keys are data: written in their own order, every value of one shape.
    case map(FormatShape, FormatLayout)
    /// An array: its items keep their order, every item of one shape.
    case array(FormatShape, FormatLayout)

    var layout: FormatLayout {
        switch self {
        case .any: return .auto
        case .object(_, let layout), .map(_, let layout), .array(_, let layout): return layout
        }
    }

    /// The shape of the value under `key` of an object of this shape.
    func member(_ key: String) -> FormatShape {
        switch self {
        case .object(let fields, _): return fields.first { $0.name == key }?.shape ?? .any
        case .map(let shape, _): return shape
        case .any, .array: return .any
        }
    }

    /// The shape of an item of an array of this shape.
    var item: FormatShape {
        if case .array(let shape, _) = self { return shape }
        return .any
    }

    /// The position of `key` among the known fields, or nil where key order is kept as written.
    func rank(of key: String) -> Int? {
        guard case .object(let fields, _) = self else { return nil }
        return fields.firstIndex { $0.name == key }
    }
}

/// A known field and the shape of its value.
struct FormatField: Sendable {
    let name: String
    let shape: FormatShape

    init(_ name: String, _ shape: FormatShape = .any) {
        self.name = name
        self.shape = shape
    }
}

/// How a container is written.
enum FormatLayout: Sendable {
    /// On one line when it fits in ``PlanFormatter/width`` columns, else one item a line.
    case auto
    /// One item a line, always (the plan, its years, contributions, lists of objects).
    case expanded
    /// On one line, always, however long (a cost line, an income line).
    case oneLine
}
