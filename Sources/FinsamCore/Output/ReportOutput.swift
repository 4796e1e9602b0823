/// Where a reporter writes: bytes gathered into chunks and handed on as each chunk fills, so a
/// report of many findings goes out as it is made and is never held whole (a 387 000-finding
/// report was 80 MB of text in one string, and JSON twice that in a tree of values first).
///
/// A reference, so the small writers of a format (``JSONStream``) can share it; the buffer is
/// touched by one thread only, so its accesses are not checked at run time.
public final class ReportOutput {
    /// About this many bytes are gathered before they are handed on.
    static let chunkSize = 1 << 16
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    private let sink: (UnsafeRawBufferPointer) -> Void

    /// Output handed to `sink` in chunks; call ``finish()`` to hand on the rest.
    public init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunkSize + 1024)
    }

    /// What `body` writes, as one string: for tests and for output that is small by nature.
    public static func collecting(_ body: (ReportOutput) -> Void) -> String {
        var bytes: [UInt8] = []
        let output = ReportOutput { bytes.append(contentsOf: $0) }
        body(output)
        output.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    public func write(_ text: String) {
        // From the string's contiguous bytes: appending its `utf8` view went byte by byte.
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.chunkSize { flush() }
    }

    public func write(_ text: Substring) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunkSize { flush() }
    }

    /// One ASCII byte.
    func write(byte: UInt8) { buffer.append(byte) }

    /// `count` spaces.
    func write(spaces count: Int) {
        for _ in 0..<count { buffer.append(UInt8(ascii: " ")) }
    }

    /// Bytes already in UTF-8.
    func write(bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// An integer in decimal (a short string: made without allocating).
    public func write(_ value: Int) { write(String(value)) }

    /// Hands on what is gathered.
    public func finish() { flush() }

    private func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { sink($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension String {
    /// True when every UTF-8 byte of the text passes `test`, read from contiguous storage (the
    /// escaping writers' check that there is nothing to escape).
    func everyByte(_ test: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.allSatisfy(test) }
    }
}
