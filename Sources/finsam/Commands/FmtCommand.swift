import FinsamCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `finsam fmt PATH...`: rewrites plan files in finsam's canonical layout (``PlanFormatter``),
/// or with `--check` only names the files that are not in it.
struct FmtCommand: Command {
    static let name = "fmt"
    static let summary = "Rewrite plan files in the canonical layout (--check: only name those that differ)."
    static let synopsis = "PATH..."
    static let check = Flag(
        "--check", "Write nothing; name the files not in the canonical layout and exit 1 if there are any.")
    static var options: [OptionSpec] {
        [check.spec, CommonOptions.language.spec, CommonOptions.stdinFilename.spec, InputLimit.option.spec]
    }

    let paths: [String]
    let check: Bool
    let stdinName: String
    /// The most bytes read from one input (`--max-input-size`).
    let limit: Int
    let language: Language
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard !arguments.positionals.isEmpty else {
            throw UsageError(message: "fmt needs at least one plan file or directory")
        }
        guard arguments.positionals.filter({ $0 == "-" }).count <= 1 else {
            throw UsageError(message: "standard input (-) can be given only once")
        }
        paths = arguments.positionals
        check = arguments(Self.check)
        stdinName = try arguments(CommonOptions.stdinFilename) ?? "<stdin>"
        limit = try InputLimit.resolve(arguments, console)
        language = Self.language(arguments, console)
        self.console = console
    }

    /// What formatting one input came to.
    private enum Outcome {
        case unchanged, changed, invalid
    }

    func run() -> ExitCode {
        var changed = 0
        var invalid = false
        for source in InputCollector(stdinName: stdinName).sources(paths) {
            switch format(source) {
            case .unchanged: break
            case .changed: changed += 1
            case .invalid: invalid = true
            }
        }
        if invalid { return .invalidInput }
        guard check, changed > 0 else { return .success }
        console.err(
            "finsam fmt: " + Catalog(language: language).render(Message("fmt.not_canonical", [.integer(changed)]))
                + "\n")
        return .findings
    }

    private func format(_ source: InputSource) -> Outcome {
        let input = source.read(limit: limit)
        let bytes: [UInt8]
        switch input.bytes {
        case .success(let read): bytes = read
        case .failure(let message):
            console.err(InputErrorText.line(InputError(file: input.name, message: message), language: language))
            return .invalid
        }
        let formatted: [UInt8]
        do throws(InputError) {
            formatted = try PlanFormatter.format(bytes, file: input.name)
        } catch {
            console.err(InputErrorText.line(error, language: language))
            return .invalid
        }
        if case .standardInput = source {
            if !check { console.out(String(decoding: formatted, as: UTF8.self)) }
            return formatted == bytes ? .unchanged : named(input.name, check: check)
        }
        guard formatted != bytes else { return .unchanged }
        guard !check else { return named(input.name, check: true) }
        if case .failure(let message) = AtomicFile.write(formatted, to: Self.target(of: input.name)) {
            console.err("finsam: error: " + Catalog(language: language).render(message) + "\n")
            return .invalid
        }
        console.out(input.name + "\n")
        return .changed
    }

    /// Names a file that is not in the layout (with `--check`; standard input's formatted text
    /// is the output otherwise).
    private func named(_ name: String, check: Bool) -> Outcome {
        if check { console.out(name + "\n") }
        return .changed
    }

    /// The file a path names, through any symbolic links, so that formatting a link rewrites the
    /// plan it points at instead of replacing the link with a copy.
    static func target(of path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
