#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import FinsamCore

/// One input to check: a plan file's path (or the name standing for standard input) and its
/// bytes, or the message saying why they cannot be had.
struct Input {
    let name: String
    let bytes: Result<[UInt8], Message>
}

/// Turns `finsam validate`'s arguments into inputs: files as given, directories searched
/// recursively for `*.json` (sorted by byte order, so every machine checks in the same order),
/// and `-` for standard input.
struct InputCollector {
    /// The name standard input goes by in messages (`--stdin-filename`).
    let stdinName: String

    func collect(_ arguments: [String]) -> [Input] {
        var inputs: [Input] = []
        for argument in arguments {
            if argument == "-" {
                inputs.append(Input(name: stdinName, bytes: FileReader.readStandardInput()))
            } else if Self.isDirectory(argument) {
                let found = Self.planFiles(under: argument)
                if found.isEmpty {
                    inputs.append(Input(name: argument, bytes: .failure(Message("input.no_plans"))))
                }
                inputs += found.map { Input(name: $0, bytes: FileReader.read($0)) }
            } else {
                inputs.append(Input(name: argument, bytes: FileReader.read(argument)))
            }
        }
        return inputs
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Every `*.json` file under `directory`, sorted. Hidden entries (`.git`, `.build`) are
    /// skipped, and symbolic links to directories are not followed, so a link loop cannot hang.
    static func planFiles(under directory: String) -> [String] {
        var result: [String] = []
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        for entry in entries(of: directory) where !entry.hasPrefix(".") {
            let path = (base.isEmpty ? "" : base + "/") + entry
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                result += planFiles(under: path)
            } else if entry.hasSuffix(".json"), kind == S_IFREG || (kind == S_IFLNK && !isDirectory(path)) {
                result.append(path)
            }
        }
        return result.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The names in a directory, without `.` and `..`.
    private static func entries(of directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
