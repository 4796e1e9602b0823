#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import FinsamCore

/// Reads whole files with POSIX calls, reporting why a file cannot be read as a message.
enum FileReader {
    /// The file's bytes, or a message saying why they cannot be had.
    static func read(_ path: String) -> Result<[UInt8], Message> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(openError(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Message("file.unreadable", [.text(describe(errno))])) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(Message("file.directory")) }
        // Straight into the array, as many bytes as the file has and one more to see its end:
        // a zeroed 64 KiB chunk per file, copied from, was a tenth of reading 1 000 small plans.
        var failure: Int32 = 0
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(0, Int(info.st_size)) + 1) { buffer, filled in
            filled = 0
            while filled < buffer.count {
                let count = POSIX.read(descriptor, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[filled...])))
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 {
                    atEnd = true
                    return
                }
                filled += count
            }
        }
        if failure != 0 { return .failure(readError(failure)) }
        if atEnd { return .success(bytes) }
        // The file is longer than it said (it grew, or it is a special file): read on in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { POSIX.read(descriptor, into: $0) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(readError(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return .success(bytes)
    }

    private static func readError(_ code: Int32) -> Message {
        code == EISDIR ? Message("file.directory") : Message("file.unreadable", [.text(describe(code))])
    }

    /// Standard input's bytes.
    static func readStandardInput() -> Result<[UInt8], Message> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { POSIX.read(0, into: $0) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Message("file.unreadable", [.text(describe(errno))]))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func openError(_ code: Int32) -> Message {
        switch code {
        case ENOENT: return Message("file.missing")
        case EACCES: return Message("file.permission")
        default: return Message("file.unreadable", [.text(describe(code))])
        }
    }

    private static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error " + String(code) }
        return String(cString: text)
    }
}
