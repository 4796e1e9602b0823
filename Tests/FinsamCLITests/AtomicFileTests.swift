import Foundation
import Testing

@testable import finsam

@Suite("AtomicFile: a written file is the old one or the new one, never half")
struct AtomicFileTests {
    private func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-atomic-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func names(_ url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    @Test("A new file gets the bytes, and no temporary file is left")
    func newFile() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.json").path
        let bytes = Array("{\"a\": 1}\n".utf8)
        #expect(throws: Never.self) { try AtomicFile.write(bytes, to: path).get() }
        #expect(FileManager.default.contents(atPath: path).map([UInt8].init) == bytes)
        #expect(try names(dir) == ["out.json"])
    }

    @Test("A replaced file gets the new bytes and keeps its permissions")
    func replace() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.json").path
        #expect(
            FileManager.default.createFile(
                atPath: path, contents: Data("old old old".utf8), attributes: [.posixPermissions: 0o640]))
        #expect(throws: Never.self) { try AtomicFile.write(Array("new".utf8), to: path).get() }
        #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try names(dir) == ["out.json"])
    }

    @Test("Until the rename, the target is untouched and the whole new file waits beside it")
    func interrupted() throws {
        // A run stopped between the two steps (power cut, kill -9) leaves exactly this state.
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.json").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8)))
        let new = [UInt8](repeating: UInt8(ascii: "n"), count: 1 << 20)
        let temporary = try AtomicFile.writeTemporary(new, near: path).get()
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
        #expect(URL(fileURLWithPath: temporary).deletingLastPathComponent().path == dir.path)
        #expect(FileManager.default.contents(atPath: temporary).map([UInt8].init) == new)
        try AtomicFile.commit(temporary, to: path).get()
        #expect(FileManager.default.contents(atPath: path).map([UInt8].init) == new)
        #expect(try names(dir) == ["out.json"])
    }

    @Test("A write that cannot happen says why, and changes nothing")
    func failures() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("no/such/dir/out.json").path
        guard case .failure(let message) = AtomicFile.write([1, 2, 3], to: missing) else {
            Issue.record("wrote into a missing directory")
            return
        }
        #expect(message.id == "file.write_failed")
        #expect(message.arguments.first == .code(missing))
        // A directory in the way: the rename fails, and the temporary file is removed.
        let blocked = dir.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
        #expect(throws: (any Error).self) { try AtomicFile.write([1], to: blocked.path).get() }
        #expect(try names(dir) == ["taken"])
        #expect(try names(blocked).isEmpty)
    }

    @Test("isSameFile sees through links and relative paths")
    func sameFile() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.json").path
        let other = dir.appendingPathComponent("other.json").path
        #expect(FileManager.default.createFile(atPath: plan, contents: Data("{}".utf8)))
        #expect(FileManager.default.createFile(atPath: other, contents: Data("{}".utf8)))
        let link = dir.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: plan)
        let hard = dir.appendingPathComponent("hard.json").path
        try FileManager.default.linkItem(atPath: plan, toPath: hard)
        #expect(AtomicFile.isSameFile(plan, plan))
        #expect(AtomicFile.isSameFile(plan, link))
        #expect(AtomicFile.isSameFile(plan, hard))
        #expect(AtomicFile.isSameFile(plan, dir.path + "/./../" + dir.lastPathComponent + "/plan.json"))
        #expect(!AtomicFile.isSameFile(plan, other))
        #expect(!AtomicFile.isSameFile(plan, dir.appendingPathComponent("missing.json").path))
    }
}
