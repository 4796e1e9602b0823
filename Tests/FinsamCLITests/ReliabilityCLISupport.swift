import Foundation

/// Runs the built `finsam` binary the way a user would, and looks at what it leaves behind.
enum CLI {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `finsam` binary next to the test bundle (SwiftPM builds both into one directory, and
    /// this target depends on `finsam`, so it is built first), else `.build/debug/finsam`.
    static var binary: URL? {
        let bundleDirectory = Bundle.main.bundleURL.deletingLastPathComponent()
        let runnerDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleDirectory.appendingPathComponent("finsam"),
            runnerDirectory.appendingPathComponent("finsam"),
            root.appendingPathComponent(".build/debug/finsam"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs finsam with `arguments` in `directory`; `prefix` runs it through another program
    /// (such as `setpriv` to drop root). Output goes through files, so no pipe can fill up.
    static func run(_ arguments: [String], in directory: URL, prefix: [String] = []) throws -> Run {
        let binary = try binaryOrThrow()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout")
        let err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        if let program = prefix.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(prefix.dropFirst()) + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C", "NO_COLOR": "1"]
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var description: String { "no finsam binary: run `swift build` first" }
    }

    private static func binaryOrThrow() throws -> URL {
        guard let binary else { throw MissingBinary() }
        return binary
    }

    /// A fresh directory holding copies of `fixtures` (paths under the repository root).
    static func workspace(copying fixtures: [String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-ws-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for fixture in fixtures {
            let source = root.appendingPathComponent(fixture)
            try FileManager.default.copyItem(at: source, to: directory.appendingPathComponent(source.lastPathComponent))
        }
        return directory
    }

    /// Every file under `directory` with its bytes and modification time: equal snapshots
    /// before and after a run mean the run wrote nothing there.
    static func snapshot(_ directory: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for path in try manager.subpathsOfDirectory(atPath: directory.path) {
            let url = directory.appendingPathComponent(path)
            let attributes = try manager.attributesOfItem(atPath: url.path)
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            let data = manager.contents(atPath: url.path) ?? Data()
            result[path] = "\(modified) \(data.count) \(data.base64EncodedString())"
        }
        return result
    }
}
