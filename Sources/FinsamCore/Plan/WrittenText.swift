/// A string of a plan held as the file writes it: the file's bytes and the string's place
/// among them. 16 bytes, as a `String` is, but a name the file writes without escapes takes no
/// storage of its own: a plan's 260 000 initiatives' names each took an 80-byte allocation
/// (21 MB) for text that the file's bytes, kept for the findings' places anyway, already hold.
/// The `String` is made when asked for.
struct WrittenText: Sendable {
    private let source: FileBytes
    private let start: UInt32
    private let count: UInt32

    /// `count` bytes of `source` from `start`, which the caller has found to be valid UTF-8
    /// between a string's quotes, without escapes.
    init(_ source: FileBytes, start: Int, count: Int) {
        self.source = source
        // A file finsam reads (4 GiB at most) has offsets below 2^32.
        self.start = UInt32(clamping: start)
        self.count = UInt32(clamping: count)
    }

    /// A string not read from a file's bytes (one with escapes, or made by an import): held in
    /// bytes of its own.
    init(_ string: String) {
        let source = FileBytes(Array(string.utf8))
        self.init(source, start: 0, count: source.bytes.count)
    }

    var string: String {
        source.bytes.withUnsafeBufferPointer { bytes in
            let end = min(Int(start) + Int(count), bytes.count)
            // Valid UTF-8 either way (checked by the reader, or a `String`'s own): not checked again.
            return ValidatedUTF8.string(UnsafeBufferPointer(rebasing: bytes[min(Int(start), end)..<end]))
        }
    }
}

/// A file's bytes, shared by the strings read from them. One for each batch of a plan read
/// side by side: the strings of two threads then count references on two objects, not on one
/// that both cores pass back and forth.
final class FileBytes: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }
}
