import FinsamCore

/// What help, the usage line and the completion scripts say of an option: its name, other
/// names, value placeholder, allowed values and help text.
struct OptionSpec: Sendable {
    let name: String
    /// The value's placeholder in help, or nil for a flag.
    let value: String?
    /// The values allowed, if fixed.
    let choices: [String]
    let help: String
    /// Older names still accepted (`--out` for `--output`).
    var aliases: [String] = []

    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, value: nil, choices: [], help: help)
    }

    static func option(_ name: String, _ value: String, choices: [String] = [], _ help: String) -> OptionSpec {
        OptionSpec(name: name, value: value, choices: choices, help: help)
    }

    /// `[--format FORMAT]`, `[--strict]`: how the usage line shows the option.
    var synopsis: String { "[" + name + (value.map { " " + $0 } ?? "") + "]" }
}

/// A mistake in how finsam was called: printed to stderr with usage, exit code 64.
struct UsageError: Error {
    let message: String
}

/// The arguments of one command, parsed against its options.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name] }
    func has(_ name: String) -> Bool { flags.contains(name) || values[name] != nil }

    /// Parses `arguments` by `specs`; `--name value`, `--name=value`, flags, `--` ends options.
    static func parse(_ arguments: [String], specs: [OptionSpec]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (given, inline) = split(argument)
            guard let spec = specs.first(where: { $0.name == given || $0.aliases.contains(given) }) else {
                throw unknownOption(given, specs: specs)
            }
            let name = spec.name
            guard spec.value != nil else {
                if inline != nil { throw UsageError(message: "option '\(name)' takes no value") }
                parsed.flags.insert(name)
                continue
            }
            guard let value = inline ?? (index < arguments.count ? arguments[index] : nil) else {
                throw UsageError(message: "option '\(name)' needs a value")
            }
            if inline == nil { index += 1 }
            try check(value, against: spec)
            parsed.values[name] = value
        }
        return parsed
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func unknownOption(_ name: String, specs: [OptionSpec]) -> UsageError {
        let candidates = specs.map { $0.name }
        if let near = Suggestion.nearest(to: name, in: candidates) {
            return UsageError(message: "unknown option '\(name)'; did you mean '\(near)'?")
        }
        return UsageError(message: "unknown option '\(name)'")
    }

    private static func check(_ value: String, against spec: OptionSpec) throws(UsageError) {
        guard !spec.choices.isEmpty, !spec.choices.contains(value) else { return }
        var message = "'\(value)' is not a valid value for '\(spec.name)' (\(spec.choices.joined(separator: ", ")))"
        if let near = Suggestion.nearest(to: value, in: spec.choices) { message += "; did you mean '\(near)'?" }
        throw UsageError(message: message)
    }
}
