import Foundation
import Testing

@testable import FinsamCore

/// Writes a DEFLATE stream bit by bit (RFC 1951 §3.1.1): numbers least significant bit first,
/// Huffman codes most significant bit first. For hand-made streams, each worked from the RFC.
struct BitWriter {
    var bytes: [UInt8] = []
    private var bit = 0

    mutating func bits(_ value: Int, _ count: Int) {
        for index in 0..<count { put((value >> index) & 1) }
    }

    mutating func code(_ value: Int, _ count: Int) {
        for index in stride(from: count - 1, through: 0, by: -1) { put((value >> index) & 1) }
    }

    private mutating func put(_ value: Int) {
        if bit == 0 { bytes.append(0) }
        bytes[bytes.count - 1] |= UInt8(value << bit)
        bit = (bit + 1) % 8
    }
}

/// The inflater: zlib's streams at every level and strategy give the input back byte for byte;
/// hand-made streams; every broken or hostile stream is an error with its message.
struct InflaterTests {
    static let streams: [String] = {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/deflate").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".deflate") }.sorted()
    }()

    @Test func everyLevelAndStrategyIsThere() {
        // Levels 1-9 × 5 strategies, level 0 once, 2 small windows, 1 flushed: 49 streams.
        #expect(Self.streams.count == 49)
        for strategy in ["default", "filtered", "huffman", "rle", "fixed"] {
            for level in 1...9 { #expect(Self.streams.contains("\(level)-\(strategy).deflate")) }
        }
    }

    @Test(arguments: streams)
    func zlibStreamInflatesExactly(name: String) throws {
        let expected = try fixtureBytes("Fixtures/deflate/input.bin")
        let stream = try fixtureBytes("Fixtures/deflate/" + name)
        let inflated = try Inflater.inflate(stream)
        #expect(inflated.count == expected.count)
        #expect(inflated == expected)
    }

    @Test func storedBlockByHand() throws {
        // BFINAL 1, BTYPE 00, aligned; LEN 3, NLEN 0xFFFC; "abc".
        #expect(try Inflater.inflate([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63]) == Array("abc".utf8))
        // An empty stored block before the last one (what a sync flush writes).
        #expect(try Inflater.inflate([0x00, 0x00, 0x00, 0xFF, 0xFF, 0x01, 0x01, 0x00, 0xFE, 0xFF, 0x7A]) == [0x7A])
    }

    @Test func fixedBlockByHand() throws {
        // "a" (literal 97: fixed code 0x30 + 97 = 0x91, 8 bits), then length 3 distance 1
        // (symbol 257: 7-bit code 0000001; distance code 0: 5 bits 00000), then end of block
        // (256: 7-bit 0000000): "aaaa".
        var writer = BitWriter()
        writer.bits(1, 1)
        writer.bits(1, 2)
        writer.code(0x30 + 97, 8)
        writer.code(1, 7)
        writer.code(0, 5)
        writer.code(0, 7)
        #expect(try Inflater.inflate(writer.bytes) == Array("aaaa".utf8))
    }

    static func error(_ stream: [UInt8], limits: Inflater.Limits = Inflater.Limits()) -> String? {
        do throws(WorkbookError) {
            _ = try Inflater.inflate(stream, limits: limits)
            return nil
        } catch {
            return error.message.id
        }
    }

    @Test func brokenStreams() throws {
        #expect(Self.error([]) == "xlsx.deflate_truncated")
        #expect(Self.error([0x07]) == "xlsx.deflate_bad_block")  // BTYPE 11 is reserved
        #expect(Self.error([0x01, 0x03, 0x00, 0x00, 0x00]) == "xlsx.deflate_bad_stored")  // NLEN is not ~LEN
        // 5 bytes promised, 1 there.
        #expect(Self.error([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x61]) == "xlsx.deflate_truncated")
        // A copy from distance 1 before any output.
        var far = BitWriter()
        far.bits(1, 1)
        far.bits(1, 2)
        far.code(1, 7)
        far.code(0, 5)
        far.code(0, 7)
        #expect(Self.error(far.bytes) == "xlsx.deflate_bad_distance")
        // Every zlib stream cut short is an error, never a trap or a hang.
        let stream = try fixtureBytes("Fixtures/deflate/6-default.deflate")
        for cut in stride(from: 0, to: stream.count - 1, by: 97) { #expect(Self.error(Array(stream[..<cut])) != nil) }
    }

    @Test func brokenHuffmanTables() {
        // Dynamic block whose code-length code gives all 19 symbols 1 bit: over-subscribed.
        var over = BitWriter()
        over.bits(1, 1)
        over.bits(2, 2)
        over.bits(0, 5)
        over.bits(0, 5)
        over.bits(15, 4)
        for _ in 0..<19 { over.bits(1, 3) }
        #expect(Self.error(over.bytes) == "xlsx.deflate_bad_code")
        // Code-length code of symbols 0 and 18 (1 bit each, complete), then lengths that leave
        // end-of-block (256) without a code: 18 ×138, 18 ×138 = 276 zeros … 257 + 1 needed.
        var noEnd = BitWriter()
        noEnd.bits(1, 1)
        noEnd.bits(2, 2)
        noEnd.bits(0, 5)
        noEnd.bits(0, 5)
        noEnd.bits(0, 4)
        // The first four in order 16, 17, 18, 0: lengths 0, 0, 1, 1.
        noEnd.bits(0, 3)
        noEnd.bits(0, 3)
        noEnd.bits(1, 3)
        noEnd.bits(1, 3)
        // Canonical: symbol 0 → code 0, symbol 18 → code 1. 18 with 7 extra bits 127: 138 zeros; then 120 zeros.
        noEnd.code(1, 1)
        noEnd.bits(127, 7)
        noEnd.code(1, 1)
        noEnd.bits(109, 7)
        #expect(Self.error(noEnd.bytes) == "xlsx.deflate_bad_code")
        // A repeat (16) with nothing before it to repeat.
        var repeatFirst = BitWriter()
        repeatFirst.bits(1, 1)
        repeatFirst.bits(2, 2)
        repeatFirst.bits(0, 5)
        repeatFirst.bits(0, 5)
        repeatFirst.bits(0, 4)
        repeatFirst.bits(1, 3)
        repeatFirst.bits(0, 3)
        repeatFirst.bits(0, 3)
        repeatFirst.bits(1, 3)
        repeatFirst.code(1, 1)
        repeatFirst.bits(0, 2)  // symbol 16 (code 1: 0 → 0, 16 → 1 by symbol order)
        #expect(Self.error(repeatFirst.bytes) == "xlsx.deflate_bad_code")
    }

    @Test func limits() throws {
        let stream = try fixtureBytes("Fixtures/deflate/9-default.deflate")
        #expect(Self.error(stream, limits: Inflater.Limits(maxOutput: 10_000)) == "xlsx.too_large")
        // 2 MiB of zeros in fixed blocks: one literal, then length-258 copies of 13 bits each,
        // about 158 bytes out per byte in: over a limit of 100, under the default 200.
        var zeros = BitWriter()
        zeros.bits(1, 1)
        zeros.bits(1, 2)
        zeros.code(0x30, 8)
        for _ in 0..<(2 << 20) / 258 {
            zeros.code(0xC5, 8)
            zeros.code(0, 5)
        }
        zeros.code(0, 7)
        #expect(Self.error(zeros.bytes, limits: Inflater.Limits(maxRatio: 100)) == "xlsx.bomb")
        #expect(try Inflater.inflate(zeros.bytes).count == 1 + (2 << 20) / 258 * 258)
        // zlib's 16 MiB of zeros at level 9: about 1 000 to 1, a bomb under the default limits.
        let bomb = try fixtureBytes("Fixtures/deflate/bomb-zeros.bin")
        #expect(Self.error(bomb) == "xlsx.bomb")
    }
}
