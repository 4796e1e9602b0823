/// A message from the server to the client, written as one frame: `Content-Length` header and
/// compact JSON body. Members keep the order given, so the same answer is the same bytes.
public struct RPCOutgoing: Sendable {
    public let body: JSONOutput

    public init(_ body: JSONOutput) { self.body = body }

    public static func result(_ id: RPCID, _ result: JSONOutput) -> RPCOutgoing {
        RPCOutgoing(.object([("jsonrpc", .string("2.0")), ("id", id.output), ("result", result)]))
    }

    public static func error(_ id: RPCID?, _ error: RPCError) -> RPCOutgoing {
        RPCOutgoing(
            .object([
                ("jsonrpc", .string("2.0")), ("id", id?.output ?? .null),
                ("error", .object([("code", .integer(error.code)), ("message", .string(error.message))])),
            ]))
    }

    public static func notification(_ method: String, _ params: JSONOutput) -> RPCOutgoing {
        RPCOutgoing(.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)]))
    }

    /// The method, for a notification (tests and the benchmark look for publishDiagnostics).
    public var method: String? {
        guard case .object(let members) = body, let found = members.first(where: { $0.0 == "method" }),
            case .string(let name) = found.1
        else { return nil }
        return name
    }

    /// The body as compact JSON text.
    public var json: String {
        var out = ""
        body.writeCompact(to: &out)
        return out
    }

    /// The whole frame: header and body, as bytes.
    public var framed: [UInt8] {
        let text = json
        return Array(("Content-Length: " + String(text.utf8.count) + "\r\n\r\n").utf8) + Array(text.utf8)
    }
}

extension JSONOutput {
    /// The value as JSON on one line, with no spaces: the wire form.
    func writeCompact(to out: inout String) {
        switch self {
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                out += Self.quoted(key) + ":"
                value.writeCompact(to: &out)
            }
            out += "}"
        case .array(let elements):
            out += "["
            for (index, value) in elements.enumerated() {
                if index > 0 { out += "," }
                value.writeCompact(to: &out)
            }
            out += "]"
        case .string(let text): out += Self.quoted(text)
        case .number(let text): out += text
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }
}
