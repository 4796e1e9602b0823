#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import FinsamCore

/// Writes whole files atomically: into a temporary file in the same directory, synced, then
/// renamed over the target, so a reader never sees half a report.
enum FileWriter {
    static func write(_ text: String, to path: String) -> Result<Void, Message> {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = (directory.isEmpty ? "" : directory + "/") + "." + base + ".finsam-" + String(getpid()) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { return .failure(failure(path)) }
        var ok = true
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { ok = false; return }
                offset += written
            }
        }
        if fsync(descriptor) != 0 { ok = false }
        if close(descriptor) != 0 { ok = false }
        guard ok, rename(temporary, path) == 0 else {
            let message = failure(path)
            unlink(temporary)
            return .failure(message)
        }
        return .success(())
    }

    private static func failure(_ path: String) -> Message {
        let reason = strerror(errno).map { String(cString: $0) } ?? "error " + String(errno)
        return Message("output.cannot_write", [.code(path), .text(reason)])
    }

    private static func systemWrite(_ descriptor: Int32, _ pointer: UnsafePointer<UInt8>?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, pointer, count)
        #elseif canImport(Musl)
        return Musl.write(descriptor, pointer, count)
        #else
        return Darwin.write(descriptor, pointer, count)
        #endif
    }
}

/// Loading plan files for commands that need the plan itself, not only findings.
enum PlanLoader {
    /// The loaded plan, or the input error as `finsam validate` would print it.
    static func load(_ path: String) -> Result<LoadedPlan, InputError> {
        switch FileReader.read(path) {
        case .success(let bytes):
            do throws(InputError) {
                return .success(try LoadedPlan.load(bytes, file: path))
            } catch {
                return .failure(error)
            }
        case .failure(let message):
            let location = Finding.Location(file: path, line: 1, column: 1, pointer: .root)
            return .failure(InputError(location: location, message: message))
        }
    }

    /// An input error as one compiler-style line.
    static func describe(_ error: InputError, language: Language) -> String {
        let location = error.location
        let pointer = location.pointer.description.isEmpty ? "/" : location.pointer.description
        return location.file + ":" + String(location.line) + ":" + String(location.column) + ": error[input]: "
            + Catalog(language: language).render(error.message) + " [" + pointer + "]\n"
    }
}
