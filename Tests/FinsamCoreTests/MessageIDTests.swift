import Foundation
import Testing

@testable import FinsamCore

/// Messages are typed: every id is a literal written where the message is made (never put
/// together at run time), and every one of them renders in both languages.
@Suite("Message ids")
struct MessageIDTests {
    /// Every Swift file under Sources/, with its text.
    static func sources() throws -> [(path: String, text: String)] {
        let root = repositoryRoot.appendingPathComponent("Sources")
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }
            .sorted()
        return try paths.map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The ids of `Message("…"` in `text`, and the places where an id is built instead.
    static func ids(in text: String) -> (literal: [String], built: [String]) {
        var literal: [String] = []
        var built: [String] = []
        var rest = text[...]
        while let start = rest.range(of: "Message(") {
            // The id may stand on the next line when the call is broken over lines.
            let after = rest[start.upperBound...].drop(while: { $0 == " " || $0 == "\n" })
            rest = after
            guard after.first == "\"", let close = after.dropFirst().firstIndex(of: "\"") else { continue }
            let id = String(after[after.index(after: after.startIndex)..<close])
            let following = after[after.index(after: close)...].prefix(3)
            if id.contains("\\(") || following.hasPrefix(" +") { built.append(id) } else { literal.append(id) }
            rest = after[close...]
        }
        return (literal, built)
    }

    @Test("No message id is put together at run time")
    func noBuiltIDs() throws {
        for (path, text) in try Self.sources() {
            #expect(Self.ids(in: text).built.isEmpty, "\(path): \(Self.ids(in: text).built)")
        }
    }

    @Test("Every message id written in the sources renders in English and Swedish, with no id or placeholder left")
    func everyIDRenders() throws {
        var count = 0
        for (path, text) in try Self.sources() {
            for id in Self.ids(in: text).literal where id.contains(".") {
                count += 1
                for language in Language.allCases {
                    let catalog = Catalog(language: language)
                    let template = language == .sv ? Catalog.swedishTemplate(id) : Catalog.englishTemplate(id)
                    #expect(template != nil, "\(path): \(id) has no \(language) text")
                    let arguments = (0..<Catalog.placeholderCount(template ?? "")).map { _ in Message.Argument.text("x")
                    }
                    let rendered = catalog.render(Message(id, arguments))
                    let placeholderLeft = (0...9).contains { rendered.contains("{" + String($0) + "}") }
                    #expect(rendered != id && !placeholderLeft, "\(path): \(id) in \(language)")
                }
            }
        }
        // Not a vacuous pass: the sources make hundreds of messages.
        #expect(count > 400)
    }
}
