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

    /// The environment variables that choose the language.
    var languageEnvironment: [String: String] {
        var result: [String: String] = [:]
        for name in ["LC_ALL", "LANG"] { result[name] = environment(name) }
        return result
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything.
    var stdoutWantsColour: Bool {
        isatty(1) == 1 && (environment("NO_COLOR") ?? "").isEmpty
    }

    func out(_ text: String) { write(text, to: 1) }

    func err(_ text: String) { write(text, to: 2) }

    /// Writes all of `text`, unbuffered, so output order never depends on stdio buffering.
    private func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    private func systemWrite(_ descriptor: Int32, _ pointer: UnsafePointer<UInt8>?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, pointer, count)
        #elseif canImport(Musl)
        return Musl.write(descriptor, pointer, count)
        #else
        return Darwin.write(descriptor, pointer, count)
        #endif
    }
}
