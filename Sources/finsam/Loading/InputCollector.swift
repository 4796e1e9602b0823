import FinsamCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One input to check: a plan file's path (or the name standing for standard input) and its
/// bytes, or the message saying why they cannot be had.
struct Input: Sendable {
    let name: String
    let bytes: Result<[UInt8], Message>
}

/// Where an input's bytes come from.
enum InputSource: Sendable {
    case file(String)
    case standardInput(name: String)
    /// Nothing to read: a directory without plans.
    case unavailable(name: String, Message)

    /// The input with its bytes (at most `limit` of them), or with the message saying why there
    /// are none.
    func read(limit: Int = InputLimit.default) -> Input {
        switch self {
        case .file(let path): return Input(name: path, bytes: FileReader.read(path, limit: limit))
        case .standardInput(let name): return Input(name: name, bytes: FileReader.readStandardInput(limit: limit))
        case .unavailable(let name, let message): return Input(name: name, bytes: .failure(message))
        }
    }

    /// True for standard input and other streams (`/dev/stdin` on a pipe, a FIFO): they are to
    /// be read one at a time, in argument order, as finsam did before it used threads.
    var isStream: Bool {
        switch self {
        case .file(let path): return FileReader.isStream(path)
        case .standardInput: return true
        case .unavailable: return false
        }
    }
}

/// Turns `finsam validate`'s arguments into inputs: files as given, directories searched
/// recursively for `*.json` (sorted by byte order, so every machine checks in the same order),
/// and `-` for standard input.
struct InputCollector {
    /// The name standard input goes by in messages (`--stdin-filename`).
    let stdinName: String

    /// The inputs `arguments` name, in order, not yet read: reading is left to the caller, which
    /// may read them on several threads.
    func sources(_ arguments: [String]) -> [InputSource] {
        var sources: [InputSource] = []
        for argument in arguments {
            if argument == "-" {
                sources.append(.standardInput(name: stdinName))
            } else if Self.isDirectory(argument) {
                let found = Self.planFiles(under: argument)
                if found.isEmpty { sources.append(.unavailable(name: argument, Message("input.no_plans"))) }
                sources += found.map { path in
                    Self.isRegularFile(path) ? .file(path) : .unavailable(name: path, Message("input.not_regular_file"))
                }
            } else {
                sources.append(.file(argument))
            }
        }
        return sources
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

    /// True when `path` (followed through links) is a regular file: what a directory's plans
    /// must be, so that a `*.json` link to /dev/zero is refused rather than read forever.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
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
