import FinsamCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that an interrupted run leaves either the old file or the new one, never
/// half of one: the bytes go to a temporary file in the same directory (so the rename stays on
/// one file system), are flushed to disk, and the temporary file is renamed over the target.
///
/// Every file finsam writes (`init`, `--receipt`, `report --output`) goes through here. A
/// command that also reads files checks ``isSameFile(_:_:)`` first: finsam never writes to an
/// input.
enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any file there; a replaced file keeps its permissions.
    static func write(_ bytes: [UInt8], to path: String) -> Result<Void, Message> {
        replace(bytes, at: path).mapError { Message("file.write_failed", [.code(path), .text($0.reason)]) }
    }

    /// Writes `text` to `path`; on failure, the reason as text, with nothing left behind.
    static func write(_ text: String, to path: String) -> String? {
        if case .failure(let error) = replace(Array(text.utf8), at: path) { return error.reason }
        return nil
    }

    /// Like ``write(_:to:)``, but never replaces an existing file: the temporary file is linked
    /// to `path`, which fails if `path` exists. Returns nil on success, `.exists`, or the reason.
    static func create(_ text: String, at path: String) -> CreateFailure? {
        let temporary: String
        switch writeTemporary(Array(text.utf8), near: path) {
        case .success(let name): temporary = name
        case .failure(let error): return .other(error.reason)
        }
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            return errno == EEXIST ? .exists : .other(SystemError(errno).reason)
        }
        return nil
    }

    enum CreateFailure: Equatable {
        case exists
        case other(String)
    }

    /// True when both paths name the same existing file (the same device and inode), whatever
    /// links or `..` lead there.
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// A usage error when `output` is one of `inputs` (the same file by any path): finsam never
    /// writes over a file it reads.
    static func refuseInput(_ output: String, among inputs: [String], language: Language) throws(UsageError) {
        guard let input = inputs.first(where: { isSameFile($0, output) }) else { return }
        throw UsageError(message: Catalog(language: language).render(Message("file.output_is_input", [.code(input)])))
    }

    /// Why a system call failed: its errno and the system's words for it.
    struct SystemError: Error, Equatable {
        let code: Int32
        init(_ code: Int32) { self.code = code }
        var reason: String { strerror(code).map { String(cString: $0) } ?? "error " + String(code) }
    }

    private static func replace(_ bytes: [UInt8], at path: String) -> Result<Void, SystemError> {
        writeTemporary(bytes, near: path).flatMap { commit($0, to: path) }
    }

    /// The first step: a flushed temporary file beside `path`, holding all of `bytes`.
    static func writeTemporary(_ bytes: [UInt8], near path: String) -> Result<String, SystemError> {
        let (directory, name) = split(path)
        guard !name.isEmpty else { return .failure(SystemError(EISDIR)) }
        var template = Array((directory + "/." + name + ".finsam-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { return .failure(SystemError(errno)) }
        // mkstemp filled in the X's; the name is the template without its terminating NUL.
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var error: Int32 = 0
        if fchmod(descriptor, mode(replacing: path)) != 0 { error = errno }
        if error == 0 { error = writeAll(bytes, to: descriptor) }
        if error == 0 && fsync(descriptor) != 0 { error = errno }
        if close(descriptor) != 0 && error == 0 { error = errno }
        guard error == 0 else {
            unlink(temporary)
            return .failure(SystemError(error))
        }
        return .success(temporary)
    }

    /// The second step: renames the temporary file over `path` (atomic on POSIX), then flushes
    /// the directory so the rename itself survives a crash.
    static func commit(_ temporary: String, to path: String) -> Result<Void, SystemError> {
        guard rename(temporary, path) == 0 else {
            let error = errno
            unlink(temporary)
            return .failure(SystemError(error))
        }
        let directory = open(split(path).directory, O_RDONLY)
        if directory >= 0 {
            // Best effort: some file systems cannot sync a directory; the data is already safe.
            _ = fsync(directory)
            close(directory)
        }
        return .success(())
    }

    /// The directory and file name of `path`; a bare name is in `.`.
    private static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// The permissions of the file being replaced, or the usual ones for a new file (0666 less
    /// the umask) rather than mkstemp's 0600.
    private static func mode(replacing path: String) -> mode_t {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    /// Writes every byte, resuming after partial writes and interruptions; 0 or an errno.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { POSIX.writeAll($0, to: descriptor) }
    }
}
