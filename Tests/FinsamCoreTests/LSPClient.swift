import Foundation

@testable import FinsamCore

/// A scripted LSP client for the language server: frames messages as an editor would, feeds
/// them to the server as one batch, and reads back what the server wrote through a framer of
/// its own, so the wire format is part of every test.
struct LSPClient {
    var server: LanguageServer
    private var framer = RPCFramer()
    private var nextID = 1

    /// The day waivers are compared with in these tests (no fixture's waiver expires around it).
    static let today = PlanDate(year: 2026, month: 6, day: 30)

    init(language: Language = .en) {
        server = LanguageServer(options: .init(language: language, today: Self.today))
    }

    /// A client that has initialized the server (with `initializationOptions` if given).
    static func initialized(language: Language = .en, options: JSONOutput? = nil) -> LSPClient {
        var client = LSPClient(language: language)
        var params: [(String, JSONOutput)] = [("processId", .null), ("capabilities", .object([]))]
        if let options { params.append(("initializationOptions", options)) }
        _ = client.send([client.request("initialize", .object(params)), notification("initialized", .object([]))])
        return client
    }

    mutating func request(_ method: String, _ params: JSONOutput) -> [UInt8] {
        defer { nextID += 1 }
        return RPCOutgoing(
            .object([
                ("jsonrpc", .string("2.0")), ("id", .integer(nextID)), ("method", .string(method)), ("params", params),
            ])
        ).framed
    }

    static func notification(_ method: String, _ params: JSONOutput) -> [UInt8] {
        RPCOutgoing.notification(method, params).framed
    }

    /// Sends framed messages as one batch; returns every message the server wrote, parsed.
    mutating func send(_ messages: [[UInt8]]) -> [JSONValue] {
        let frames = server.handle(RPCFramer().feedAll(messages.flatMap { $0 }))
        var parsed: [JSONValue] = []
        for outgoing in frames {
            for case .body(let body) in framer.feed(outgoing.framed) {
                if let root = try? JSONReader().read(body) { parsed.append(root) }
            }
        }
        return parsed
    }

    // MARK: documents

    static func open(_ uri: String, _ text: String, version: Int = 1) -> [UInt8] {
        notification(
            "textDocument/didOpen",
            .object([
                (
                    "textDocument",
                    .object([
                        ("uri", .string(uri)), ("languageId", .string("json")), ("version", .integer(version)),
                        ("text", .string(text)),
                    ])
                )
            ]))
    }

    /// A didChange with ranged edits `(startLine, startCharacter, endLine, endCharacter, text)`.
    static func change(_ uri: String, version: Int, _ edits: [(Int, Int, Int, Int, String)]) -> [UInt8] {
        let changes = edits.map { edit in
            JSONOutput.object([
                (
                    "range",
                    LSPRange(
                        start: LSPPosition(line: edit.0, character: edit.1),
                        end: LSPPosition(line: edit.2, character: edit.3)
                    ).output
                ),
                ("text", .string(edit.4)),
            ])
        }
        return changeMessage(uri, version: version, .array(changes))
    }

    /// A didChange that replaces the whole text.
    static func replace(_ uri: String, version: Int, _ text: String) -> [UInt8] {
        changeMessage(uri, version: version, .array([.object([("text", .string(text))])]))
    }

    private static func changeMessage(_ uri: String, version: Int, _ changes: JSONOutput) -> [UInt8] {
        notification(
            "textDocument/didChange",
            .object([
                ("textDocument", .object([("uri", .string(uri)), ("version", .integer(version))])),
                ("contentChanges", changes),
            ]))
    }

    static func textDocument(_ uri: String) -> (String, JSONOutput) {
        ("textDocument", .object([("uri", .string(uri))]))
    }

    static func position(_ line: Int, _ character: Int) -> (String, JSONOutput) {
        ("position", LSPPosition(line: line, character: character).output)
    }
}

extension RPCFramer {
    /// Every frame of a complete stream.
    func feedAll(_ bytes: [UInt8]) -> [Frame] {
        var copy = self
        return copy.feed(bytes)
    }
}

/// Reading the server's messages in tests.
extension JSONValue {
    var method: String? { member("method")?.string }
    var intValue: Int? { numberText.flatMap { Int($0) } }

    /// The diagnostics of a publishDiagnostics notification.
    var diagnostics: [JSONValue] { at("params", "diagnostics")?.elements ?? [] }
}

extension Array where Element == JSONValue {
    /// The publishDiagnostics notifications among the messages.
    var published: [JSONValue] { filter { $0.method == "textDocument/publishDiagnostics" } }

    /// The answer to request `id`.
    func answer(_ id: Int) -> JSONValue? { first { $0.member("id")?.intValue == id } }
}

/// A text with LSP text edits applied (as an editor applies a quick fix), last edit first.
func applying(_ edits: [JSONValue], to text: String) -> String {
    var bytes = Array(text.utf8)
    let spans = edits.compactMap { edit -> (Int, Int, String)? in
        guard let range = edit.member("range")?.lspRange, let newText = edit.member("newText")?.string else {
            return nil
        }
        let lines = LineTable(bytes)
        return (lines.offset(of: range.start), lines.offset(of: range.end), newText)
    }
    for (start, end, newText) in spans.sorted(by: { $0.0 > $1.0 }) {
        bytes.replaceSubrange(start..<end, with: Array(newText.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// A fixture's text.
func fixtureText(_ relativePath: String) throws -> String {
    String(decoding: try fixtureBytes(relativePath), as: UTF8.self)
}
