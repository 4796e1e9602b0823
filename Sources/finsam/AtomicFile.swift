#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import FinsamCore

/// Writes a whole file atomically: a temporary file in the same directory, flushed to disk,
/// then renamed over the target, so a reader never sees half a receipt and a failed run never
/// leaves one behind.
enum AtomicFile {
    /// Writes `text` to `path`; on failure, the reason as text, with nothing left behind.
    static func write(_ text: String, to path: String) -> String? {
        write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` the same way (a workbook is not text).
    static func write(bytes: [UInt8], to path: String) -> String? {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !base.isEmpty else { return describe(EISDIR) }
        let temporary = (directory.isEmpty ? "" : directory + "/") + "." + base + ".finsam-" + String(getpid()) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return describe(errno) }
        var failure: String?
        var bytes = bytes
        let count = bytes.count
        var offset = 0
        while offset < count, failure == nil {
            let written = bytes.withUnsafeMutableBytes { systemWrite(descriptor, $0.baseAddress.map { $0 + offset }, count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { failure = describe(errno) } else { offset += written }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = describe(errno) }
        if close(descriptor) != 0, failure == nil { failure = describe(errno) }
        if failure == nil, rename(temporary, path) != 0 { failure = describe(errno) }
        if failure != nil { unlink(temporary) }
        return failure
    }

    /// Like ``write(_:to:)``, but never replaces an existing file: the temporary file is linked
    /// to `path`, which fails if `path` exists. Returns nil on success, `.exists`, or the reason.
    static func create(_ text: String, at path: String) -> CreateFailure? {
        let temporary = path + ".finsam-" + String(getpid()) + ".new"
        if let failure = write(text, to: temporary) { return .other(failure) }
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            return errno == EEXIST ? .exists : .other(describe(errno))
        }
        return nil
    }

    enum CreateFailure: Equatable {
        case exists
        case other(String)
    }

    private static func systemWrite(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, pointer, count)
        #elseif canImport(Musl)
        return Musl.write(descriptor, pointer, count)
        #else
        return Darwin.write(descriptor, pointer, count)
        #endif
    }

    private static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error " + String(code) }
        return String(cString: text)
    }
}
