/// Where a reporter writes: bytes gathered into chunks and handed on as each chunk fills, so a
/// report of many findings goes out as it is made and is never held whole (a 387 000-finding
/// report was 80 MB of text in one string, and JSON twice that in a tree of values first).
///
/// A reference, so the small writers of a format (``JSONStream``) can share it. The chunk is a
/// fixed block of memory copied into directly: a report makes some thirty small writes a
/// finding, and appending each to an array (its uniqueness and capacity checks, the generic
/// copy) took most of the time a JSON finding cost. Touched by one thread only.
public final class ReportOutput {
    /// The bytes gathered before they are handed on.
    static let chunkSize = 1 << 16
    private let chunk: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var count = 0
    private let sink: (UnsafeRawBufferPointer) -> Void

    /// Output handed to `sink` in chunks; call ``finish()`` to hand on the rest.
    public init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.chunkSize)
    }

    deinit { chunk.deallocate() }

    /// What `body` writes, as one string: for tests and for output that is small by nature.
    public static func collecting(_ body: (ReportOutput) -> Void) -> String {
        var bytes: [UInt8] = []
        let output = ReportOutput { bytes.append(contentsOf: $0) }
        body(output)
        output.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    public func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ write(bytes: $0) }) != nil { return }
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    /// `text` escaped as `escaping` says; copied as it is when it holds nothing to escape.
    func write(_ text: String, _ escaping: Escaping) {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard escaping.isPlain(bytes) else { return false }
            write(bytes: bytes)
            return true
        }
        if copied == true { return }
        write(escaping.isPlain(text) ? text : escaping.plain(text))
    }

    /// A pointer's text escaped as `escaping` says, written from its parts without building
    /// it; the root as `/` when `rootAsSlash` (as reports print it).
    func write(_ pointer: JSONPointer, _ escaping: Escaping, rootAsSlash: Bool = false) {
        if pointer.index < 0 {
            if rootAsSlash && pointer.head.isEmpty { return write(byte: UInt8(ascii: "/")) }
            return write(pointer.head, escaping)
        }
        write(pointer.head, escaping)
        write(byte: UInt8(ascii: "/"))
        write(pointer.index)
    }

    public func write(_ text: Substring) { write(String(text)) }

    /// One ASCII byte.
    func write(byte: UInt8) {
        if count == Self.chunkSize { flush() }
        chunk[count] = byte
        count += 1
    }

    /// Bytes already in UTF-8; a run longer than a chunk is handed on as it is.
    func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > Self.chunkSize {
            flush()
            guard bytes.count <= Self.chunkSize else { return sink(UnsafeRawBufferPointer(bytes)) }
        }
        (chunk + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// `count` spaces.
    func write(spaces: Int) {
        var left = spaces
        while left > 0 {
            let run = min(left, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { write(bytes: UnsafeBufferPointer(rebasing: $0[..<run])) }
            left -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// An integer in decimal, as `String(value)` writes it, its digits put straight into the
    /// chunk two at a time (no string made).
    public func write(_ value: Int) {
        if count > Self.chunkSize - 20 { flush() }
        if value < 0 { write(byte: UInt8(ascii: "-")) }
        var rest = value.magnitude
        var digits = 1
        var power: UInt = 10
        while digits < 20 && rest >= power {
            digits += 1
            (power, _) = power.multipliedReportingOverflow(by: 10)
        }
        var place = count + digits
        Self.digitPairs.withUnsafeBufferPointer { pairs in
            while rest >= 100 {
                let pair = Int(rest % 100) * 2
                rest /= 100
                place -= 2
                (chunk[place], chunk[place + 1]) = (pairs[pair], pairs[pair + 1])
            }
            if rest >= 10 {
                let pair = Int(rest) * 2
                (chunk[place - 2], chunk[place - 1]) = (pairs[pair], pairs[pair + 1])
            } else {
                chunk[place - 1] = UInt8(ascii: "0") + UInt8(rest)
            }
        }
        count += digits
    }

    /// "00", "01", … "99": two digits at a time.
    /// "00" to "99" in turn, from one literal (made pair by pair it was a hundred arrays).
    private static let digitPairs: [UInt8] = Array(
        ("0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849"
            + "5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899")
            .utf8)

    /// Hands on what is gathered.
    public func finish() { flush() }

    private func flush() {
        guard count > 0 else { return }
        sink(UnsafeRawBufferPointer(start: chunk, count: count))
        count = 0
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
