import FinsamCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files with POSIX calls, reporting why a file cannot be read as a message.
enum FileReader {
    /// The file's bytes, or a message saying why they cannot be had: a file of more than
    /// `limit` bytes is refused before it is read, and a stream is read to `limit` and no further.
    static func read(_ path: String, limit: Int = InputLimit.default) -> Result<[UInt8], Message> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(openError(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(Message("file.unreadable", [.text(describe(errno))]))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(Message("file.directory")) }
        if Int(info.st_size) > limit { return .failure(InputLimit.exceeded(limit)) }
        // Straight into the array, as many bytes as the file has now; then in chunks, in case it
        // grew (or is a file whose size says nothing, such as one under /proc).
        var failure: Int32 = 0
        let regular = (info.st_mode & S_IFMT) == S_IFREG
        var bytes = [UInt8](unsafeUninitializedCapacity: max(0, Int(info.st_size))) { buffer, filled in
            HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
            if regular && buffer.count >= partsThreshold && WorkerThreads.parallelism.width > 1 {
                (filled, failure) = readParts(descriptor, into: buffer, parallelism: WorkerThreads.parallelism)
                // pread leaves the file offset alone: read on from where the parts ended.
                if failure == 0 && lseek(descriptor, off_t(filled), SEEK_SET) < 0 { failure = errno }
                return
            }
            while filled < buffer.count {
                let count = POSIX.read(
                    descriptor,
                    into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[filled...])))
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failure = errno }
                if count <= 0 { return }
                filled += count
            }
        }
        if failure == 0 { failure = readToEnd(descriptor, appendingTo: &bytes, limit: limit) }
        if failure == EFBIG { return .failure(InputLimit.exceeded(limit)) }
        guard failure == 0 else {
            return .failure(
                failure == EISDIR ? Message("file.directory") : Message("file.unreadable", [.text(describe(failure))]))
        }
        return .success(bytes)
    }

    /// True when `path` names a pipe, terminal, socket or device: a stream, which two readers
    /// at once would share, each getting some of its bytes; not a regular file or a directory.
    static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let kind = info.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    /// Standard input's bytes, up to `limit`.
    static func readStandardInput(limit: Int = InputLimit.default) -> Result<[UInt8], Message> {
        var bytes: [UInt8] = []
        let failure = readToEnd(0, appendingTo: &bytes, limit: limit)
        if failure == EFBIG { return .failure(InputLimit.exceeded(limit)) }
        return failure == 0 ? .success(bytes) : .failure(Message("file.unreadable", [.text(describe(failure))]))
    }

    /// Appends what `descriptor` has left to `bytes`; 0, the `errno` of a failed read, or
    /// `EFBIG` once `bytes` would pass `limit` (a stream such as /dev/zero never ends). One byte
    /// tells whether there is more at all; the 64 KB chunk (zeroed) is made only if so.
    private static func readToEnd(_ descriptor: Int32, appendingTo bytes: inout [UInt8], limit: Int) -> Int32 {
        var chunk: [UInt8] = [0]
        while true {
            let count = chunk.withUnsafeMutableBytes { POSIX.read(descriptor, into: $0) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return errno }
            if count == 0 { return 0 }
            if count > limit - bytes.count { return EFBIG }
            bytes.append(contentsOf: chunk[0..<count])
            if chunk.count == 1 { chunk = [UInt8](repeating: 0, count: 1 << 16) }
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
