/// finsam's language server, as a pure function of messages: frames in, messages out. The
/// command line only moves bytes between standard input, this and standard output.
///
/// Messages are handled in batches (all that have arrived): text changes are applied at once,
/// but a document is checked only when a request needs it or at the end of the batch, so a plan
/// that changed several times while the last check ran is checked once, with its newest text.
public struct LanguageServer: Sendable {
    /// What the server knows before the client says anything.
    public struct Options: Sendable {
        /// The language when the client names none (`--lang`, else the environment).
        public var language: Language
        /// The date waivers' expiry is compared with, as for `finsam validate`.
        public var today: PlanDate

        public init(language: Language, today: PlanDate) {
            self.language = language
            self.today = today
        }
    }

    enum Phase: Sendable {
        case waitingForInitialize
        case running
        case shutDown
    }

    struct OpenDocument: Sendable {
        var version: Int?
        var text: [UInt8]
        /// What checking ``text`` gave; nil until checked again after a change.
        var checked: CheckedText?
    }

    let options: Options
    var language: Language
    var phase = Phase.waitingForInitialize
    var documents: [String: OpenDocument] = [:]
    /// Documents whose diagnostics are due at the end of the batch, in the order they changed.
    var due: [String] = []
    /// Set by `exit`: 0 after `shutdown`, 1 otherwise. Nothing is handled after it.
    public internal(set) var exitCode: Int32? = nil
    /// How many checks were run: a test of coalescing counts them.
    public internal(set) var checksRun = 0

    public init(options: Options) {
        self.options = options
        self.language = options.language
    }

    /// Handles a batch of frames; returns the answers and notifications, in order, with the
    /// diagnostics of every document that changed at the end.
    public mutating func handle(_ frames: [RPCFramer.Frame]) -> [RPCOutgoing] {
        var out: [RPCOutgoing] = []
        for frame in frames where exitCode == nil {
            switch frame {
            case .malformed(let problem):
                out.append(.error(nil, Self.error(for: problem)))
            case .body(let bytes):
                handle(RPCIncoming.read(bytes), into: &out)
            }
        }
        guard exitCode == nil else { return out }
        publishDue(into: &out)
        return out
    }

    /// The diagnostics of every document that changed, checked now, newest text only.
    private mutating func publishDue(into out: inout [RPCOutgoing]) {
        for uri in due { out.append(.notification("textDocument/publishDiagnostics", diagnosticsParams(uri))) }
        due = []
    }

    /// The exit code when the input ends without an `exit`: 1, as for an `exit` before `shutdown`.
    public var exitCodeAtEndOfInput: Int32 { exitCode ?? 1 }

    private mutating func handle(_ message: RPCIncoming, into out: inout [RPCOutgoing]) {
        switch message {
        case .invalid(let id, let error):
            out.append(.error(id, error))
        case .response:
            break
        case .notification(let method, let params):
            if let problem = notify(method, params) {
                out.append(
                    .notification("window/logMessage", .object([("type", .integer(1)), ("message", .string(problem))])))
            }
        case .request(let id, let method, let params):
            // What changed before a shutdown is still reported: the last thing the editor shows.
            if method == "shutdown" && phase == .running { publishDue(into: &out) }
            switch respond(method, params) {
            case .success(let result): out.append(.result(id, result))
            case .failure(let error): out.append(.error(id, error))
            }
        }
    }

    /// Answers a request: the lifecycle first, then the features.
    private mutating func respond(_ method: String, _ params: JSONValue?) -> Result<JSONOutput, RPCError> {
        switch (phase, method) {
        case (.waitingForInitialize, "initialize"):
            return .success(initialize(params))
        case (_, "initialize"):
            return .failure(.invalidRequest("initialize was already called"))
        case (.waitingForInitialize, _):
            return .failure(.serverNotInitialized)
        case (.shutDown, _):
            return .failure(.invalidRequest("the server is shutting down: only exit is accepted"))
        case (.running, "shutdown"):
            phase = .shutDown
            return .success(.null)
        case (.running, "textDocument/hover"):
            return hover(params)
        case (.running, "textDocument/codeAction"):
            return codeActions(params)
        case (.running, "textDocument/formatting"):
            return formatting(params)
        case (.running, _):
            return .failure(.methodNotFound(method))
        }
    }

    /// Handles a notification; returns a problem to log where its params were unusable.
    private mutating func notify(_ method: String, _ params: JSONValue?) -> String? {
        if method == "exit" {
            exitCode = phase == .shutDown ? 0 : 1
            return nil
        }
        // Before initialize and after shutdown, notifications other than exit are dropped.
        guard phase == .running else { return nil }
        switch method {
        case "textDocument/didOpen": return didOpen(params)
        case "textDocument/didChange": return didChange(params)
        case "textDocument/didSave": return didSave(params)
        case "textDocument/didClose": return didClose(params)
        default: return nil  // initialized, $/cancelRequest, $/setTrace, configuration: nothing to do
        }
    }

    static func error(for problem: RPCFramer.FramingProblem) -> RPCError {
        switch problem {
        case .headerTooLong(let limit):
            return .parseError("a header longer than \(limit) bytes was skipped")
        case .missingLength:
            return .parseError("a header without a valid Content-Length was skipped")
        case .bodyTooLong(let length, let limit):
            return .invalidRequest("a message of \(length) bytes was skipped: the limit is \(limit)")
        case .strayBytes(let count):
            return .parseError("\(count) bytes before a header were not a message and were skipped")
        }
    }
}
