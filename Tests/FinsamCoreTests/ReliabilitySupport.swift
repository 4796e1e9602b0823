import Foundation

@testable import FinsamCore

/// Files and small helpers of the reliability tests, under one name so they cannot clash with
/// other suites' helpers.
enum Reliability {
    /// The repository's root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bytes of a file under the repository root.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }

    /// The line and column of `offset` in `bytes`, worked out here independently of
    /// `SourceMap`: lines count newlines before the offset; columns count the bytes of the line
    /// that start a UTF-8 scalar (all but 0b10xxxxxx), so `ö` is one column.
    static func lineColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
        let column = before[lineStart...].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }

    /// The offset of the `occurrence`th (from 1) match of `needle` in `bytes`, or nil.
    static func offset(of needle: [UInt8], in bytes: [UInt8], occurrence: Int = 1) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        var seen = 0
        for start in 0...(bytes.count - needle.count) where bytes[start..<start + needle.count].elementsEqual(needle) {
            seen += 1
            if seen == occurrence { return start }
        }
        return nil
    }

    /// The error of a load, or nil when the bytes load.
    static func loadError(_ bytes: [UInt8], file: String = "test.json") -> InputError? {
        do throws(InputError) {
            _ = try check(bytes, file: file)
            return nil
        } catch {
            return error
        }
    }
}
