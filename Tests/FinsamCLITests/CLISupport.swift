import Foundation
import Testing

/// The repository's root, found from this file's path, so tests run from any directory.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// What one run of the `finsam` binary did.
struct RunResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// The built `finsam` binary: beside the test bundle (SwiftPM builds it because this target
/// depends on it), else under `.build/debug`.
let finsamBinary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent()
    for candidate in [
        beside, beside.deletingLastPathComponent(), repositoryRoot.appendingPathComponent(".build/debug"),
    ] {
        let url = candidate.appendingPathComponent("finsam")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return repositoryRoot.appendingPathComponent(".build/debug/finsam")
}()

/// Runs `executable` with `arguments` in `directory`, feeding `stdin`; NO_COLOR and LANG fixed.
func runProcess(
    _ executable: URL, _ arguments: [String], stdin: Data? = nil, in directory: URL = repositoryRoot,
    environment: [String: String] = [:]
) throws -> RunResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "C"
    env["LC_ALL"] = nil
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    // Files, not pipes, for the streams: nothing can block on a full pipe buffer.
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    let inURL = scratch.appendingPathComponent("stdin")
    try (stdin ?? Data()).write(to: inURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    try process.run()
    process.waitUntilExit()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return RunResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs `finsam` with `arguments`.
func finsam(
    _ arguments: [String], stdin: Data? = nil, in directory: URL = repositoryRoot, environment: [String: String] = [:]
) throws -> RunResult {
    try runProcess(finsamBinary, arguments, stdin: stdin, in: directory, environment: environment)
}

/// A fresh empty directory under the system's temporary directory.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-test-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
