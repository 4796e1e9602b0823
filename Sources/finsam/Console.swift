import FinsamCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's surroundings: environment, terminal, output streams. Kept apart so commands
/// read as routing, not system calls.
struct Console {
    func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything.
    var stdoutWantsColour: Bool {
        isatty(1) == 1 && (environment("NO_COLOR") ?? "").isEmpty
    }

    func out(_ text: String) { write(text, to: 1) }

    func err(_ text: String) { write(text, to: 2) }

    /// Standard output as a reporter's sink: each chunk written as the reporter hands it on.
    func outputStream() -> ReportOutput {
        ReportOutput { chunk in _ = POSIX.writeAll(chunk, to: 1) }
    }

    /// Writes all of `text`, unbuffered, so output order never depends on stdio buffering.
    private func write(_ text: String, to descriptor: Int32) {
        var text = text
        // A closed or full stream cannot be told anything; the exit code still says what happened.
        _ = text.withUTF8 { POSIX.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}
