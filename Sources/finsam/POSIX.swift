#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few system calls the CLI makes, under names that do not clash with its own `read` and
/// `write` methods, and the retry loop every write needs.
enum POSIX {
    /// `read(2)`.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        #if canImport(Glibc)
            return Glibc.read(descriptor, buffer.baseAddress, buffer.count)
        #elseif canImport(Musl)
            return Musl.read(descriptor, buffer.baseAddress, buffer.count)
        #else
            return Darwin.read(descriptor, buffer.baseAddress, buffer.count)
        #endif
    }

    /// Writes every byte of `buffer`, retrying when a signal interrupts; 0, or the `errno` of
    /// the write that failed.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    private static func write(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.write(descriptor, pointer, count)
        #elseif canImport(Musl)
            return Musl.write(descriptor, pointer, count)
        #else
            return Darwin.write(descriptor, pointer, count)
        #endif
    }
}
