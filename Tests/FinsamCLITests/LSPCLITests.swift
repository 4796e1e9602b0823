import Foundation
import Testing

/// `finsam lsp` as an editor runs it: framed messages piped to the binary's standard input,
/// framed answers read from its standard output, and the exit code of the protocol.
@Suite struct LSPCLITests {
    static func frame(_ message: [String: Any]) throws -> Data {
        let body = try JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// The bodies of the frames in the server's output, parsed.
    static func messages(_ output: String) throws -> [[String: Any]] {
        var rest = Data(output.utf8)
        var messages: [[String: Any]] = []
        while let end = rest.range(of: Data("\r\n\r\n".utf8)) {
            let header = String(decoding: rest[rest.startIndex..<end.lowerBound], as: UTF8.self)
            let length = try #require(Int(header.replacingOccurrences(of: "Content-Length: ", with: "")))
            let body = rest[end.upperBound..<(end.upperBound + length)]
            messages.append(try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any]))
            rest = Data(rest[(end.upperBound + length)...])
        }
        return messages
    }

    static func session(shutdown: Bool) throws -> Data {
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Fixtures/plans/sunnerbo-2022.json"), encoding: .utf8)
        var stream = Data("Content-Type: nonsense\r\n\r\n".utf8)
        stream += try frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        stream += try frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        stream += try frame([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": [
                "textDocument": ["uri": "file:///sunnerbo.json", "languageId": "json", "version": 1, "text": text]
            ],
        ])
        stream += try frame([
            "jsonrpc": "2.0", "id": 2, "method": "textDocument/hover",
            "params": [
                "textDocument": ["uri": "file:///sunnerbo.json"], "position": ["line": 19, "character": 8],
            ],
        ])
        if shutdown { stream += try frame(["jsonrpc": "2.0", "id": 3, "method": "shutdown"]) }
        stream += try frame(["jsonrpc": "2.0", "method": "exit"])
        return stream
    }

    @Test func aSessionGetsAnswersDiagnosticsAndExitsZeroAfterShutdown() throws {
        let run = try finsam(
            ["lsp", "--stdio"], stdin: try Self.session(shutdown: true), environment: ["FINSAM_TODAY": "2026-06-30"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let messages = try Self.messages(run.stdout)
        // The header without a length is answered with a parse error, and the session goes on.
        let error = messages.first?["error"] as? [String: Any]
        #expect(error?["code"] as? Int == -32700)
        #expect(messages.contains { ($0["id"] as? Int) == 1 && $0["result"] != nil })
        let hover = messages.first { ($0["id"] as? Int) == 2 }?["result"] as? [String: Any]
        let value = (hover?["contents"] as? [String: Any])?["value"] as? String
        #expect(value?.contains("| Closing equity | 944,998 kr |") == true)
        let published = messages.first { $0["method"] as? String == "textDocument/publishDiagnostics" }
        let diagnostics = (published?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
        // validate: 1 error, 8 warnings and 1 note (no adoption recorded) for this plan.
        #expect(diagnostics.count == 10)
        let split = diagnostics.first { $0["code"] as? String == "funding_split" }
        let start = (split?["range"] as? [String: Any])?["start"] as? [String: Any]
        #expect(start?["line"] as? Int == 24)
        #expect(start?["character"] as? Int == 20)
        #expect(messages.contains { ($0["id"] as? Int) == 3 })
    }

    /// Ten changes already waiting when the server reads: checked once, the newest text only
    /// (version 11: Markaryd and Älmhult at 348 667, so no funding_split error).
    @Test func changesWaitingTogetherAreCheckedOnceWithTheNewestText() throws {
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Fixtures/plans/sunnerbo-2022.json"), encoding: .utf8)
        let uri = "file:///sunnerbo.json"
        var stream = try Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]])
        stream += try Self.frame([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": [
                "textDocument": ["uri": uri, "languageId": "json", "version": 1, "text": text]
            ],
        ])
        for version in 2...11 {
            let digit = version == 11 ? "7" : String(version % 10)
            let edits = [(24, 25), (25, 24)].map { line, character in
                [
                    "range": [
                        "start": ["line": line, "character": character],
                        "end": ["line": line, "character": character + 1],
                    ],
                    "text": digit,
                ] as [String: Any]
            }
            stream += try Self.frame([
                "jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": [
                    "textDocument": ["uri": uri, "version": version], "contentChanges": edits,
                ],
            ])
        }
        stream += try Self.frame(["jsonrpc": "2.0", "id": 2, "method": "shutdown"])
        stream += try Self.frame(["jsonrpc": "2.0", "method": "exit"])
        let run = try finsam(["lsp"], stdin: stream)
        #expect(run.status == 0)
        let published = try Self.messages(run.stdout).filter {
            $0["method"] as? String == "textDocument/publishDiagnostics"
        }
        #expect(published.count == 1)
        let params = published.first?["params"] as? [String: Any]
        #expect(params?["version"] as? Int == 11)
        let codes = (params?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        // The 10 findings less the funding split the newest text fixes.
        #expect(codes.count == 9)
        #expect(!codes.contains("funding_split"))
    }

    @Test func exitWithoutShutdownIsOneAndSoIsTheEndOfInput() throws {
        let run = try finsam(["lsp"], stdin: try Self.session(shutdown: false))
        #expect(run.status == 1)
        let cut = try finsam(["lsp"], stdin: Data("Content-Length: 100\r\n\r\n{".utf8))
        #expect(cut.status == 1)
        #expect(cut.stdout.isEmpty)
    }

    @Test func argumentsAreAUsageError() throws {
        let run = try finsam(["lsp", "plan.json"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("lsp takes no arguments"))
        let help = try finsam(["lsp", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("finsam lsp"))
    }
}
