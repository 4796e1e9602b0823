import Testing

@testable import FinsamCore

/// The JSON-RPC message reader: framing in pieces of any size, limits, and malformed messages
/// answered with errors while the server goes on.
@Suite struct RPCFramerTests {
    static func framed(_ body: String) -> [UInt8] {
        Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
    }

    static let ping = #"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#

    @Test func framesAreTheSameFedWholeOrByteByByte() {
        let stream =
            Self.framed("{}") + Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n".utf8)
            + Self.framed(Self.ping) + Self.framed("[1,2]")
        var whole = RPCFramer()
        let expected = whole.feed(stream)
        #expect(expected == [.body(Array("{}".utf8)), .body(Array(Self.ping.utf8)), .body(Array("[1,2]".utf8))])
        var piecewise = RPCFramer()
        var frames: [RPCFramer.Frame] = []
        for byte in stream { frames += piecewise.feed([byte]) }
        #expect(frames == expected)
        #expect(!piecewise.hasPartialMessage)
    }

    @Test func aHeaderWithoutLengthIsReportedAndReadingGoesOn() {
        var framer = RPCFramer()
        let frames = framer.feed(Array("Content-Type: text\r\n\r\n".utf8) + Self.framed(Self.ping))
        #expect(frames == [.malformed(.missingLength), .body(Array(Self.ping.utf8))])
        var bad = RPCFramer()
        #expect(bad.feed(Array("Content-Length: 12x\r\n\r\n".utf8)) == [.malformed(.missingLength)])
        var huge = RPCFramer()
        #expect(huge.feed(Array("Content-Length: 9999999999999999999999\r\n\r\n".utf8)) == [.malformed(.missingLength)])
    }

    /// A body that ran on into the next header (its length too short): the bytes before the
    /// next `Content-Length` are named as stray, and the message after them is read.
    @Test func strayBytesBeforeAHeaderAreSkipped() {
        var framer = RPCFramer()
        let frames = framer.feed(Array("Content-Length: 2\r\n\r\n{}}}".utf8) + Self.framed(Self.ping))
        #expect(frames == [.body(Array("{}".utf8)), .malformed(.strayBytes(count: 2)), .body(Array(Self.ping.utf8))])
    }

    @Test func anOverlongHeaderIsDroppedUpToItsEnd() {
        var framer = RPCFramer(headerLimit: 64)
        let long = Array(("X-Padding: " + String(repeating: "a", count: 200) + "\r\n\r\n").utf8)
        var frames: [RPCFramer.Frame] = []
        // In pieces, so the limit is met before the end of the block arrives.
        for start in stride(from: 0, to: long.count, by: 16) {
            frames += framer.feed(long[start..<min(start + 16, long.count)])
        }
        frames += framer.feed(Self.framed(Self.ping))
        #expect(frames == [.malformed(.headerTooLong(limit: 64)), .body(Array(Self.ping.utf8))])
    }

    @Test func anOverlongBodyIsSkippedUnread() {
        var framer = RPCFramer(contentLimit: 10)
        let frames = framer.feed(Self.framed(String(repeating: " ", count: 50)) + Self.framed("[]"))
        #expect(frames == [.malformed(.bodyTooLong(length: 50, limit: 10)), .body(Array("[]".utf8))])
    }

    @Test func aPartialMessageIsKnown() {
        var framer = RPCFramer()
        #expect(framer.feed(Array("Content-Length: 10\r\n\r\n{".utf8)).isEmpty)
        #expect(framer.hasPartialMessage)
    }

    /// Each bad message gets its JSON-RPC error, and the request after them all its answer.
    @Test func malformedMessagesAreAnsweredAndTheServerGoesOn() {
        var client = LSPClient.initialized()
        let out = client.send([
            Array("Content-Type: x\r\n\r\n".utf8),
            Self.framed("{\"jsonrpc\": \"2.0\", \"id\": 1, "),
            Self.framed("[]"),
            Self.framed("42"),
            Self.framed(#"{"id": 5, "method": "shutdown"}"#),
            Self.framed(#"{"jsonrpc": "2.0", "id": 6, "method": 12}"#),
            Self.framed(#"{"jsonrpc": "2.0", "id": {}, "method": "x"}"#),
            Self.framed(#"{"jsonrpc": "2.0", "id": 8, "method": "textDocument/rename", "params": {}}"#),
            Self.framed(#"{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": 3}"#),
            Self.framed(#"{"jsonrpc": "2.0", "id": 10, "method": "textDocument/hover", "params": {}}"#),
            Self.framed(#"{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {}}"#),
            Self.framed(Self.ping),
        ])
        let errors = out.compactMap { $0.at("error", "code")?.intValue }
        #expect(errors == [-32700, -32700, -32600, -32600, -32600, -32600, -32600, -32601, -32600, -32602])
        // Errors name the request where its id could be read, and null where not.
        #expect(out[4].member("id")?.intValue == 5)
        #expect(out[1].member("id")?.isNull == true)
        #expect(out.contains { $0.method == "window/logMessage" })
        #expect(out.last?.member("id")?.intValue == 7)
        #expect(out.last?.member("result")?.isNull == true)
    }

    @Test func formattingIsFinsamFmtsLayout() throws {
        var client = LSPClient.initialized(language: .sv)
        let uri = "file:///plan.json"
        let text = try fixtureText("Fixtures/plans/sunnerbo-2022.json")
        _ = client.send([LSPClient.open(uri, text)])
        let out = client.send([client.request("textDocument/formatting", .object([LSPClient.textDocument(uri)]))])
        // One edit over the whole text, whose new text is exactly what `finsam fmt` writes.
        let expected = String(decoding: try PlanFormatter.format(Array(text.utf8), file: "plan.json"), as: UTF8.self)
        let edits = out.first?.member("result")?.elements ?? []
        #expect(edits.count == (expected == text ? 0 : 1))
        if let edit = edits.first { #expect(edit.member("newText")?.string == expected) }
        // Text that is not JSON cannot be formatted: the request fails, the server goes on.
        _ = client.send([LSPClient.replace(uri, version: 2, "{ not json")])
        let bad = client.send([client.request("textDocument/formatting", .object([LSPClient.textDocument(uri)]))])
        #expect(bad.first?.at("error", "code")?.intValue == -32803)
    }
}
