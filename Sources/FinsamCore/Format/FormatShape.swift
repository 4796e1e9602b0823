/// What `finsam fmt` knows about one place in a plan file: the order its fields go in and how
/// it is laid out.
///
/// Objects of the format list their known fields in the order docs/plan-format.md documents
/// them; keys that are data rather than fields (member ids in `contributions`, years in
/// `granted`) keep the order they were written in, as do keys the format does not know.
///
/// A class rather than an indirect enum: the shapes are built once into static constants, and
/// an indirect enum's boxes hide in pointer bits where LeakSanitizer (in scripts/fuzz.sh) cannot
/// see them and reports them as leaks.
final class FormatShape: Sendable {
    enum Kind: Sendable {
        /// Nothing known: keys keep their order, layout by width.
        case any
        /// An object of the format: its known fields, in canonical order.
        case object
        /// An object whose keys are data: written in their own order, every value of one shape.
        case map
        /// An array: its items keep their order, every item of one shape.
        case array
    }

    let kind: Kind
    let layout: FormatLayout
    /// An object's known fields.
    let fields: [FormatField]
    /// The shape of a map's values or an array's items.
    let element: FormatShape?

    private init(_ kind: Kind, _ layout: FormatLayout, fields: [FormatField] = [], element: FormatShape? = nil) {
        self.kind = kind
        self.layout = layout
        self.fields = fields
        self.element = element
    }

    static let any = FormatShape(.any, .auto)

    static func object(_ fields: [FormatField], _ layout: FormatLayout) -> FormatShape {
        FormatShape(.object, layout, fields: fields)
    }

    static func map(_ element: FormatShape, _ layout: FormatLayout) -> FormatShape {
        FormatShape(.map, layout, element: element)
    }

    static func array(_ element: FormatShape, _ layout: FormatLayout) -> FormatShape {
        FormatShape(.array, layout, element: element)
    }

    /// The shape of the value under `key` of an object of this shape.
    func member(_ key: String) -> FormatShape {
        switch kind {
        case .object: return fields.first { $0.name == key }?.shape ?? .any
        case .map: return element ?? .any
        case .any, .array: return .any
        }
    }

    /// The shape of an item of an array of this shape.
    var item: FormatShape {
        kind == .array ? element ?? .any : .any
    }

    /// The position of `key` among the known fields, or nil where key order is kept as written.
    func rank(of key: String) -> Int? {
        kind == .object ? fields.firstIndex { $0.name == key } : nil
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
