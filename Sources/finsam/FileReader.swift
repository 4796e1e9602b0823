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
        // Read straight into the array, sized by fstat (+1 to see the end of a file that grew):
        // a zeroed 64 KB chunk cost a 9 KB plan 16 page faults and 65 K instructions.
        var bytes: [UInt8] = []
        var limit = max(0, Int(info.st_size)) + 1
        while true {
            var failure: Int32 = 0
            let chunk = readChunk(descriptor, upTo: limit, failure: &failure)
            if failure != 0 {
                return .failure(failure == EISDIR ? Message("file.directory") : Message("file.unreadable", [.text(describe(failure))]))
            }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if chunk.count < limit { return .success(bytes) }
            limit = 1 << 16
        }
    }

    /// Up to `limit` bytes, fewer only at the end of the file; `failure` is set to the `errno`
    /// of a failed read.
    private static func readChunk(_ descriptor: Int32, upTo limit: Int, failure: inout Int32) -> [UInt8] {
        var code: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
            while count < limit {
                let read = POSIX.read(descriptor, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])))
                if read < 0 {
                    if errno == EINTR { continue }
                    code = errno
                    return
                }
                if read == 0 { return }
                count += read
            }
        }
        failure = code
        return chunk
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
