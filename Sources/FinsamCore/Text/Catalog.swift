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
    /// is their union. Add a feature's table to both lists.
    static let english = merged([coreEnglish, reportsEnglish, ciEnglish, reliabilityEnglish])
    static let swedish = merged([coreSwedish, reportsSwedish, ciSwedish, reliabilitySwedish])

    private static func merged(_ tables: [[String: String]]) -> [String: String] {
        tables.reduce(into: [:]) { result, table in result.merge(table) { first, _ in first } }
    }

    public func render(_ message: Message) -> String {
        let table = language == .sv ? Self.swedish : Self.english
        let template = table[message.id + "_suggest"].flatMap { candidate in
            Self.placeholderCount(candidate) == message.arguments.count ? candidate : nil
        } ?? table[message.id] ?? message.id
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
