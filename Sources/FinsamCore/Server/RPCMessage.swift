/// A JSON-RPC 2.0 request id: a number (kept as written) or a string.
public enum RPCID: Sendable, Equatable, Hashable {
    case number(String)
    case string(String)

    var output: JSONOutput {
        switch self {
        case .number(let text): return .number(text)
        case .string(let text): return .string(text)
        }
    }
}

/// A JSON-RPC error to answer with: the codes of JSON-RPC 2.0 and of the Language Server Protocol.
public struct RPCError: Error, Sendable, Equatable {
    public let code: Int
    public let message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ message: String) -> RPCError { RPCError(code: -32700, message: message) }
    public static func invalidRequest(_ message: String) -> RPCError { RPCError(code: -32600, message: message) }
    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(code: -32601, message: "method not found: " + method)
    }
    public static func invalidParams(_ message: String) -> RPCError { RPCError(code: -32602, message: message) }
    /// LSP: a request before `initialize`.
    public static let serverNotInitialized = RPCError(code: -32002, message: "the server is not initialized yet")
    /// LSP: the request was valid but could not be done.
    public static func requestFailed(_ message: String) -> RPCError { RPCError(code: -32803, message: message) }
}

/// One message from the client, read from a frame's body.
public enum RPCIncoming: Sendable {
    /// A request: it must be answered, with a result or an error, under its id.
    case request(id: RPCID, method: String, params: JSONValue?)
    case notification(method: String, params: JSONValue?)
    /// A response to a request of ours (the server sends none that need one): ignored.
    case response
    /// Not a message the server can act on: answered with this error under this id (or null).
    case invalid(id: RPCID?, error: RPCError)

    /// Reads one message body: JSON text, then the JSON-RPC 2.0 envelope.
    public static func read(_ body: [UInt8]) -> RPCIncoming {
        let document: JSONDocument
        do throws(JSONSyntaxError) {
            // Limits well above any plan text an editor sends, still far from a stack overflow.
            document = try JSONReader(depthLimit: 64, stringLimit: 1 << 30).parse(body)
        } catch {
            let text = Catalog(language: .en).render(Message.syntax(error.reason))
            return .invalid(id: nil, error: .parseError("parse error at byte \(error.offset): " + text))
        }
        return envelope(document.root)
    }

    static func envelope(_ root: JSONValue) -> RPCIncoming {
        if root.isArray {
            return .invalid(
                id: nil, error: .invalidRequest("batches are not supported by the language server protocol"))
        }
        guard root.isObject else { return .invalid(id: nil, error: .invalidRequest("a message is a JSON object")) }
        let idValue = root.member("id")
        let id: RPCID?
        switch idValue?.kind {
        case nil, .null?: id = nil
        case .number(let text)?: id = .number(text)
        case .string(let text)?: id = .string(text)
        default: return .invalid(id: nil, error: .invalidRequest("an id is a number or a string"))
        }
        guard root.member("jsonrpc")?.string == "2.0" else {
            return .invalid(id: id, error: .invalidRequest("\"jsonrpc\" must be \"2.0\""))
        }
        // `"params": null` is read as no params: some clients send it with shutdown and exit.
        let params = root.member("params").flatMap { $0.isNull ? nil : $0 }
        if let params, !params.isObject, !params.isArray {
            return .invalid(id: id, error: .invalidRequest("params are an object or an array"))
        }
        guard let methodValue = root.member("method") else {
            if id != nil, root.member("result") != nil || root.member("error") != nil { return .response }
            return .invalid(id: id, error: .invalidRequest("a request needs a method"))
        }
        guard let method = methodValue.string else {
            return .invalid(id: id, error: .invalidRequest("a method is a string"))
        }
        // An explicit `"id": null` is not a notification, but no answer can name it either.
        if let id { return .request(id: id, method: method, params: params) }
        if let idValue, idValue.isNull {
            return .invalid(id: nil, error: .invalidRequest("an id is a number or a string"))
        }
        return .notification(method: method, params: params)
    }
}
