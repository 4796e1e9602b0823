import FinsamCore

/// A command-line option declared once, typed: its ``spec`` makes the help, the usage line and
/// the completion scripts, and its reader turns the text given into the value the command
/// stores. A command lists its declarations in `options`; nothing else names them.
struct Option<Value>: Sendable {
    let spec: OptionSpec
    let read: @Sendable (String) throws(UsageError) -> Value

    init(_ spec: OptionSpec, read: @escaping @Sendable (String) throws(UsageError) -> Value) {
        self.spec = spec
        self.read = read
    }
}

extension Option where Value == String {
    /// An option whose value is used as given.
    init(_ name: String, _ placeholder: String, aliases: [String] = [], _ help: String) {
        var spec = OptionSpec.option(name, placeholder, help)
        spec.aliases = aliases
        self.init(spec) { $0 }
    }
}

extension Option {
    /// An option whose value is one of `names`, each turned into its value by `value`; the
    /// parser has checked the name is one of them. (Names and a function, not an array of
    /// (name, value) pairs: a tuple type is made by the runtime on first use, at start-up.)
    static func choice(
        _ name: String, _ placeholder: String, _ names: [String], _ value: @escaping @Sendable (String) -> Value?,
        _ help: String
    ) -> Option<Value> {
        Option(.option(name, placeholder, choices: names, help)) { text throws(UsageError) in
            guard let chosen = value(text) else {
                throw UsageError(message: "'\(text)' is not a valid value for '\(name)'")
            }
            return chosen
        }
    }
}

/// A flag: present or not.
struct Flag: Sendable {
    let spec: OptionSpec

    init(_ name: String, _ help: String) {
        spec = .flag(name, help)
    }
}

extension ParsedArguments {
    /// The typed value of `option`, nil when it is not given.
    func callAsFunction<Value>(_ option: Option<Value>) throws(UsageError) -> Value? {
        guard let text = values[option.spec.name] else { return nil }
        return try option.read(text)
    }

    /// True when `flag` is given.
    func callAsFunction(_ flag: Flag) -> Bool { flags.contains(flag.spec.name) }
}
