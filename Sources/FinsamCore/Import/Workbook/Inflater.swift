/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Bounded, since a workbook may be hostile: the output may not pass `limits.maxOutput` bytes,
/// nor (past its first MiB) `limits.maxRatio` times the compressed size — a ZIP bomb stops with
/// a message saying which limit it hit. Every broken stream (a bad block type, an
/// over-subscribed Huffman table, a distance before the start, a stream cut short) is an error.
public struct Inflater {
    public struct Limits: Sendable {
        /// The most bytes one stream may inflate to.
        public var maxOutput: Int
        /// The most output bytes per compressed byte, checked once the output passes 1 MiB.
        public var maxRatio: Int

        public init(maxOutput: Int = 64 << 20, maxRatio: Int = 200) {
            self.maxOutput = maxOutput
            self.maxRatio = maxRatio
        }
    }

    private var reader: BitReader
    private var output: [UInt8] = []
    private let limits: Limits
    private let compressedSize: Int

    /// Inflates a raw DEFLATE stream (no zlib or gzip header), as ZIP method 8 stores it.
    public static func inflate(
        _ bytes: [UInt8], limits: Limits = Limits(), expectedSize: Int? = nil
    ) throws(WorkbookError) -> [UInt8] {
        var inflater = Inflater(bytes, limits: limits)
        if let expectedSize, expectedSize <= limits.maxOutput { inflater.output.reserveCapacity(expectedSize) }
        try inflater.run()
        return inflater.output
    }

    private init(_ bytes: [UInt8], limits: Limits) {
        reader = BitReader(bytes)
        self.limits = limits
        compressedSize = max(bytes.count, 1)
    }

    private mutating func run() throws(WorkbookError) {
        var last = false
        while !last {
            last = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try stored()
            case 1: try codes(FixedCodes.literals, FixedCodes.distances)
            case 2: try dynamic()
            default: throw WorkbookError(Message("xlsx.deflate_bad_block"))
            }
        }
    }

    /// A stored block: LEN, its ones' complement NLEN, then LEN bytes as they are.
    private mutating func stored() throws(WorkbookError) {
        reader.alignToByte()
        let length = Int(try reader.bits(16))
        let complement = Int(try reader.bits(16))
        guard length == complement ^ 0xFFFF else { throw WorkbookError(Message("xlsx.deflate_bad_stored")) }
        try checkRoom(length)
        output.append(contentsOf: try reader.bytes(length))
    }

    /// A dynamic block: the code-length code, then the literal/length and distance codes.
    private mutating func dynamic() throws(WorkbookError) {
        let literalCount = Int(try reader.bits(5)) + 257
        let distanceCount = Int(try reader.bits(5)) + 1
        let lengthCodeCount = Int(try reader.bits(4)) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw WorkbookError(Message("xlsx.deflate_bad_code")) }
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<lengthCodeCount { codeLengths[Self.lengthCodeOrder[index]] = Int(try reader.bits(3)) }
        let lengthCode = try HuffmanTable(lengths: codeLengths[...], incomplete: .refused)
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&reader)
            if symbol < 16 {
                lengths.append(symbol)
                continue
            }
            var repeated = 0
            var times = 0
            switch symbol {
            case 16:
                guard let previous = lengths.last else { throw WorkbookError(Message("xlsx.deflate_bad_code")) }
                repeated = previous
                times = 3 + Int(try reader.bits(2))
            case 17: times = 3 + Int(try reader.bits(3))
            default: times = 11 + Int(try reader.bits(7))
            }
            guard lengths.count + times <= literalCount + distanceCount else {
                throw WorkbookError(Message("xlsx.deflate_bad_code"))
            }
            lengths.append(contentsOf: repeatElement(repeated, count: times))
        }
        // Without a code for end-of-block (256) the block could never end.
        guard lengths[256] != 0 else { throw WorkbookError(Message("xlsx.deflate_bad_code")) }
        let literals = try HuffmanTable(lengths: lengths[0..<literalCount], incomplete: .singleCode)
        let distances = try HuffmanTable(lengths: lengths[literalCount...], incomplete: .singleCode)
        try codes(literals, distances)
    }

    /// The compressed data of a Huffman block, up to its end-of-block symbol.
    private mutating func codes(_ literals: HuffmanTable, _ distances: HuffmanTable) throws(WorkbookError) {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                try checkRoom(1)
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { throw WorkbookError(Message("xlsx.deflate_bad_length")) }
            let length = Self.lengthBase[lengthIndex] + Int(try reader.bits(Self.lengthExtra[lengthIndex]))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < 30 else { throw WorkbookError(Message("xlsx.deflate_bad_distance")) }
            let distance = Self.distanceBase[distanceSymbol] + Int(try reader.bits(Self.distanceExtra[distanceSymbol]))
            guard distance <= output.count else { throw WorkbookError(Message("xlsx.deflate_bad_distance")) }
            try checkRoom(length)
            // Byte by byte: a copy may overlap what it writes (distance 1 repeats one byte).
            let start = output.count - distance
            for offset in 0..<length { output.append(output[start + offset]) }
        }
    }

    /// Throws when `more` bytes would pass the size or ratio limit.
    private func checkRoom(_ more: Int) throws(WorkbookError) {
        let size = output.count + more
        if size > limits.maxOutput {
            throw WorkbookError(Message("xlsx.too_large", [.integer(limits.maxOutput >> 20)]))
        }
        if size > 1 << 20, size / compressedSize > limits.maxRatio {
            throw WorkbookError(Message("xlsx.bomb", [.integer(limits.maxRatio)]))
        }
    }

    static let lengthCodeOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    static let lengthExtra: [UInt32] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [UInt32] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
}

/// The fixed Huffman codes of block type 1 (RFC 1951 §3.2.6), built once.
enum FixedCodes {
    static let literals: HuffmanTable = {
        let lengths = (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 }
        // Complete by construction; the error path cannot be taken.
        return (try? HuffmanTable(lengths: lengths[...], incomplete: .refused)) ?? HuffmanTable.empty
    }()
    static let distances: HuffmanTable = {
        let lengths = [Int](repeating: 5, count: 30)
        return (try? HuffmanTable(lengths: lengths[...], incomplete: .accepted)) ?? HuffmanTable.empty
    }()
}
