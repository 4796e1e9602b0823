/// Renders ``Message``s in English or Swedish.
///
/// A message whose last argument is a suggestion has a `_suggest` variant of its template; the
/// catalogue picks it when the argument is there, so the suggestion never reads as a fragment.
public struct Catalog: Sendable {
    public let language: Language
    /// The unit amounts are shown in: the plan's own, so figures read as in the document.
    public let unit: AmountUnit

    /// True in reports: amounts in tkr are shown to one decimal (``Money/forDisplay(in:)``);
    /// messages of `validate` show every amount exactly.
    public var roundsForReports = false

    public init(language: Language, unit: AmountUnit = .kr) {
        self.language = language
        self.unit = unit
    }

    /// Each feature keeps its messages in its own table (`Catalog+en.swift`, …); the catalogue
    /// is their union. A new feature adds one line here.
    ///
    /// The tables are searched in turn rather than merged into one dictionary, and each is a
    /// lazily made global reached through its closure: a run that prints a few core messages
    /// builds only the core table, which keeps start-up short.
    static let features: [FeatureTable] = [
        FeatureTable([], english: { coreEnglish }, swedish: { coreSwedish }),
        FeatureTable(
            ["assumptions.", "output.", "projection.", "report.", "room."], english: { reportsEnglish },
            swedish: { reportsSwedish }),
        FeatureTable(["init.", "input.", "receipt.", "waiver."], english: { ciEnglish }, swedish: { ciSwedish }),
        FeatureTable(["followup.", "interim.", "report."], english: { followUpEnglish }, swedish: { followUpSwedish }),
        FeatureTable(["import."], english: { importEnglish }, swedish: { importSwedish }),
        FeatureTable(["import."], english: { importCheckEnglish }, swedish: { importCheckSwedish }),
        FeatureTable(["export."], english: { exportEnglish }, swedish: { exportSwedish }),
        FeatureTable(["file.", "input.", "json."], english: { reliabilityEnglish }, swedish: { reliabilitySwedish }),
        FeatureTable(["adoption."], english: { calendarEnglish }, swedish: { calendarSwedish }),
        FeatureTable(["allocation."], english: { allocationEnglish }, swedish: { allocationSwedish }),
        FeatureTable(["xlsx."], english: { workbookEnglish }, swedish: { workbookSwedish }),
        FeatureTable(["diff.", "figure.", "fmt."], english: { reviewEnglish }, swedish: { reviewSwedish }),
        FeatureTable(["lsp."], english: { lspEnglish }, swedish: { lspSwedish }),
        FeatureTable(["sie."], english: { sieEnglish }, swedish: { sieSwedish }),
        FeatureTable(
            ["outcome_split.", "report.split.state_row"], english: { stateSplitEnglish },
            swedish: { stateSplitSwedish }),
        FeatureTable(
            ["unstated.", "report.not_stated", "report.state.not_stated"], english: { equityEnglish },
            swedish: { equitySwedish }),
        FeatureTable(["statement."], english: { statementEnglish }, swedish: { statementSwedish }),
    ]

    static func englishTemplate(_ id: String) -> String? {
        for feature in features where feature.covers(id) { if let template = feature.english()[id] { return template } }
        return nil
    }

    static func swedishTemplate(_ id: String) -> String? {
        for feature in features where feature.covers(id) { if let template = feature.swedish()[id] { return template } }
        return nil
    }

    /// Every table merged, for the catalogue's own tests.
    static var english: [String: String] { merged(features.map { $0.english() }) }

    static var swedish: [String: String] { merged(features.map { $0.swedish() }) }

    private static func merged(_ tables: [[String: String]]) -> [String: String] {
        tables.reduce(into: [:]) { result, table in result.merge(table) { first, _ in first } }
    }

    public func render(_ message: Message) -> String {
        fill(template(for: message), with: message)
    }

    /// The template `message` is rendered with: its `_suggest` variant when the arguments call
    /// for it, else its own, else the id itself.
    func template(for message: Message) -> String {
        let lookup = language == .sv ? Self.swedishTemplate : Self.englishTemplate
        return Self.suggestionTemplate(message, lookup) ?? lookup(message.id) ?? message.id
    }

    /// `template` with each `{n}` replaced by the message's argument n, rendered.
    func fill(_ template: String, with message: Message) -> String {
        // Scanned as UTF-8 (the braces are ASCII) and appended as concrete Substrings: the
        // generic Character-wise paths cost the first run about 0.2 M instructions of runtime
        // type lookups.
        var result = ""
        let utf8 = template.utf8
        var rest = utf8.startIndex
        while let open = utf8[rest...].firstIndex(of: UInt8(ascii: "{")),
            let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")),
            let index = Int(template[utf8.index(after: open)..<close])
        {
            result.append(contentsOf: template[rest..<open])
            if let argument = message.argument(index) { result.append(render(argument)) }
            rest = utf8.index(after: close)
        }
        result.append(contentsOf: template[rest...])
        return result
    }

    /// The `_suggest` variant of `message`'s template, when the message carries the suggestion.
    ///
    /// A variant has one placeholder more than its template (a test checks), so when the
    /// template is known and the argument count does not call for the variant, the variant is
    /// not looked up: a miss would search, and build, every feature's table.
    static func suggestionTemplate(_ message: Message, _ lookup: (String) -> String?) -> String? {
        if let plain = lookup(message.id), placeholderCount(plain) + 1 != message.argumentCount { return nil }
        return lookup(message.id + "_suggest").flatMap { candidate in
            placeholderCount(candidate) == message.argumentCount ? candidate : nil
        }
    }

    public func render(_ argument: Message.Argument) -> String {
        switch argument {
        case .text(let text): return text
        case .code(let code): return language == .sv ? "”" + code + "”" : "\"" + code + "\""
        case .money(let money):
            return (roundsForReports ? money.forDisplay(in: unit) : money).formattedWithUnit(language, unit: unit)
        case .percent(let percent): return percent.formatted(language)
        case .integer(let value): return String(value)
        case .list(let items): return items.joinedPlainly(separator: ", ")
        case .message(let inner): return render(inner)
        case .uncomputable:
            return language == .sv
                ? "(kan inte beräknas: beloppet är för stort)" : "(cannot be computed: the amount is too large)"
        }
    }

    static func placeholderCount(_ template: String) -> Int {
        var highest = -1
        let utf8 = template.utf8
        var rest = utf8.startIndex
        while let open = utf8[rest...].firstIndex(of: UInt8(ascii: "{")),
            let close = utf8[open...].firstIndex(of: UInt8(ascii: "}"))
        {
            if let index = Int(template[utf8.index(after: open)..<close]) { highest = max(highest, index) }
            rest = utf8.index(after: close)
        }
        return highest + 1
    }

    /// Every message id with a template in both languages, for the catalogue's own test.
    public static var messageIDs: (english: Set<String>, swedish: Set<String>) {
        (Set(english.keys), Set(swedish.keys))
    }
}

/// One feature's messages in both languages, and the id prefixes they have (none: any id), so a
/// lookup builds only the tables that can hold the id: the 15th feature's table is not made to
/// print a core message.
struct FeatureTable: Sendable {
    let prefixes: [String]
    let english: @Sendable () -> [String: String]
    let swedish: @Sendable () -> [String: String]

    init(
        _ prefixes: [String], english: @escaping @Sendable () -> [String: String],
        swedish: @escaping @Sendable () -> [String: String]
    ) {
        self.prefixes = prefixes
        self.english = english
        self.swedish = swedish
    }

    func covers(_ id: String) -> Bool {
        prefixes.isEmpty || prefixes.contains { id.utf8.starts(with: $0.utf8) }
    }
}
