/// A canonical Huffman code (RFC 1951 §3.2.2) kept as the number of codes of each length and
/// the symbols in code order, decoded one bit at a time (as zlib's `puff` does): small, and a
/// broken table is found when it is built, so decoding cannot loop or index out of range.
struct HuffmanTable {
    /// counts[n]: how many codes are n bits long (n = 0…15).
    private var counts = [Int](repeating: 0, count: 16)
    /// The symbols, ordered by code.
    private var symbols: [Int]

    /// Which incomplete codes (fewer codes than the lengths leave room for) are accepted.
    enum Incomplete {
        /// None: the code-length code.
        case refused
        /// One code of one bit, as zlib writes a block with a single distance; else refused.
        case singleCode
        /// Any: the fixed distance code (30 of 32 five-bit codes).
        case accepted
    }

    /// Builds the code from each symbol's code length (0: not used). Over-subscribed lengths
    /// are always an error.
    init(lengths: ArraySlice<Int>, incomplete: Incomplete) throws(WorkbookError) {
        symbols = [Int](repeating: 0, count: lengths.count)
        for length in lengths { counts[length] += 1 }
        var left = 1
        for length in 1...15 {
            left = left * 2 - counts[length]
            guard left >= 0 else { throw WorkbookError(Message("xlsx.deflate_bad_code")) }
        }
        let used = lengths.count - counts[0]
        let allowed = incomplete == .accepted || (incomplete == .singleCode && used == 1 && counts[1] == 1)
        if left > 0 && used > 0 && !allowed {
            throw WorkbookError(Message("xlsx.deflate_bad_code"))
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        for (symbol, length) in zip(0..., lengths) where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
    }

    /// A code with no symbols (decoding it is an error); the fallback of the fixed tables.
    static let empty = HuffmanTable()

    private init() { symbols = [] }

    /// Decodes one symbol. A code the table does not have is an error.
    func decode(_ reader: inout BitReader) throws(WorkbookError) -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            code |= Int(try reader.bits(1))
            let count = counts[length]
            if code - count < first { return symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw WorkbookError(Message("xlsx.deflate_bad_code"))
    }
}
