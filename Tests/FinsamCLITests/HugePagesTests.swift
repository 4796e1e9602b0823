import Foundation
import Testing

@testable import finsam

/// A large file's buffer asks for huge pages (``HugePages``): the bytes read must be the file's,
/// whatever the system decides, and a buffer too small or not aligned is left alone.
@Suite struct HugePagesTests {
    @Test("a file larger than the threshold reads back byte for byte, at any size and offset in its last page")
    func largeFileReadsBack() throws {
        var random = SystemRandomNumberGenerator()
        // A random block repeated at an odd stride, so that no two pages read alike.
        let block = (0..<65_521).map { _ in UInt8.random(in: 0...255, using: &random) }
        for size in [HugePages.threshold + 1, HugePages.threshold + (3 << 20) + 4_095] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(size)
            while bytes.count < size { bytes += block.prefix(size - bytes.count) }
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-huge-\(size).bin")
            try Data(bytes).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let read = try FileReader.read(url.path).get()
            #expect(read == bytes)
        }
    }

    @Test("small, empty and unaligned buffers are left as they are")
    func smallBuffers() {
        for count in [0, 1, 4_096, HugePages.threshold - 1] {
            var buffer = [UInt8](repeating: 7, count: count)
            buffer.withUnsafeMutableBytes { HugePages.advise($0) }
            #expect(buffer.allSatisfy { $0 == 7 })
        }
        var large = [UInt8](repeating: 3, count: HugePages.threshold + 12_345)
        large.withUnsafeMutableBytes { HugePages.advise(UnsafeMutableRawBufferPointer(rebasing: $0[1...])) }
        #expect(large.allSatisfy { $0 == 3 })
    }
}
