/// Renders ``Message``s in English or Swedish.
///
/// A message whose last argument is a suggestion has a `_suggest` variant of its template; the
/// catalogue picks it when the argument is there, so the suggestion never reads as a fragment.
public struct Catalog: Sendable {
    public let language: Language
    /// The unit amounts are shown in: the plan's own, so figures read as in the document.
    public let unit: AmountUnit

    public init(language: Language, unit: AmountUnit = .kr) {
        self.language = language
        self.unit = unit
    }

    /// Each feature keeps its messages in its own table (`Catalog+en.swift`, …); the catalogue
    /// is their union. Add a feature's table to both lookups.
    ///
    /// The tables are searched in turn rather than merged into one dictionary: a run that prints
    /// a few core messages then builds only the core table, which keeps start-up short.
    static func englishTemplate(_ id: String) -> String? {
        coreEnglish[id] ?? reportsEnglish[id] ?? ciEnglish[id] ?? followUpEnglish[id] ?? importEnglish[id]
            ?? exportEnglish[id] ?? reliabilityEnglish[id]
    }

    static func swedishTemplate(_ id: String) -> String? {
        coreSwedish[id] ?? reportsSwedish[id] ?? ciSwedish[id] ?? followUpSwedish[id] ?? importSwedish[id]
            ?? exportSwedish[id] ?? reliabilitySwedish[id]
    }

    /// Every table merged, for the catalogue's own tests.
    static var english: [String: String] {
        merged([coreEnglish, reportsEnglish, ciEnglish, followUpEnglish, importEnglish, exportEnglish, reliabilityEnglish])
    }

    static var swedish: [String: String] {
        merged([coreSwedish, reportsSwedish, ciSwedish, followUpSwedish, importSwedish, exportSwedish, reliabilitySwedish])
    }

    private static func merged(_ tables: [[String: String]]) -> [String: String] {
        tables.reduce(into: [:]) { result, table in result.merge(table) { first, _ in first } }
    }

    public func render(_ message: Message) -> String {
        let lookup = language == .sv ? Self.swedishTemplate : Self.englishTemplate
        let template = lookup(message.id + "_suggest").flatMap { candidate in
            Self.placeholderCount(candidate) == message.arguments.count ? candidate : nil
        } ?? lookup(message.id) ?? message.id
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
            let index = Int(rest[rest.index(after: open)..<close])
        {
            result += rest[..<open]
            result += index < message.arguments.count ? render(message.arguments[index]) : ""
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    public func render(_ argument: Message.Argument) -> String {
        switch argument {
        case .text(let text): return text
        case .code(let code): return language == .sv ? "”" + code + "”" : "\"" + code + "\""
        case .money(let money): return money.formattedWithUnit(language, unit: unit)
        case .percent(let percent): return percent.formatted(language)
        case .integer(let value): return String(value)
        case .list(let items): return items.joined(separator: ", ")
        case .message(let inner): return render(inner)
        }
    }

    static func placeholderCount(_ template: String) -> Int {
        var highest = -1
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if let index = Int(rest[rest.index(after: open)..<close]) { highest = max(highest, index) }
            rest = rest[rest.index(after: close)...]
        }
        return highest + 1
    }

    /// Every message id with a template in both languages, for the catalogue's own test.
    public static var messageIDs: (english: Set<String>, swedish: Set<String>) {
        (Set(english.keys), Set(swedish.keys))
    }
}
