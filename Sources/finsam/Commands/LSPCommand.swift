import FinsamCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `finsam lsp`: the language server, over standard input and output. This file only moves
/// bytes: it reads what has arrived, hands it to ``LanguageServer`` as one batch (so changes
/// that queued up while a check ran are checked once, newest text only) and writes the answers.
struct LSPCommand: Command {
    static let name = "lsp"
    static let summary = "Run the language server for editors (LSP over standard input and output)."
    static let synopsis = ""
    static let language = Option<Language>.choice(
        "--lang", "LANG", ["en", "sv"], Language.init(rawValue:),
        "Language when the editor names none (default: from LC_ALL/LANG).")
    static let stdio = Flag(
        "--stdio", "Talk over standard input and output: the only way, accepted because editors pass it.")
    static var options: [OptionSpec] { [language.spec, stdio.spec] }

    let serverOptions: LanguageServer.Options

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard arguments.positionals.isEmpty else {
            throw UsageError(message: "lsp takes no arguments; the editor talks to it over standard input")
        }
        let language =
            (try arguments(Self.language))
            ?? Language.fromEnvironment(lcAll: console.environment("LC_ALL"), lang: console.environment("LANG"))
        serverOptions = LanguageServer.Options(language: language, today: try Self.today(console))
    }

    func run() -> ExitCode {
        // A client that goes away must not kill the server in the middle of a write.
        signal(SIGPIPE, SIG_IGN)
        var framer = RPCFramer()
        var server = LanguageServer(options: serverOptions)
        var input = StandardInput()
        while true {
            let (frames, ended) = input.readBatch(into: &framer)
            for message in server.handle(frames) {
                let bytes = message.framed
                let failed = bytes.withUnsafeBytes { POSIX.writeAll($0, to: 1) } != 0
                if failed { return .findings }
            }
            if let code = server.exitCode { return code == 0 ? .success : .findings }
            if ended { return server.exitCodeAtEndOfInput == 0 ? .success : .findings }
        }
    }
}

/// Standard input read in batches: wait for something, then take whatever else is already there.
struct StandardInput {
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    /// At most this many frames per batch, so a flood still gets answers as it goes.
    static let batchLimit = 256

    /// The frames of everything that has arrived, and whether the input has ended.
    mutating func readBatch(into framer: inout RPCFramer) -> ([RPCFramer.Frame], Bool) {
        var frames: [RPCFramer.Frame] = []
        repeat {
            let count = chunk.withUnsafeMutableBytes { POSIX.read(0, into: $0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return (frames, true) }
            frames += framer.feed(chunk[0..<count])
        } while (frames.isEmpty || Self.moreIsWaiting()) && frames.count < Self.batchLimit
        return (frames, false)
    }

    /// True when a read of standard input would not wait.
    private static func moreIsWaiting() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents != 0
    }
}
