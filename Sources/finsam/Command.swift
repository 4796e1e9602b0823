import FinsamCore

/// A finsam command: parses its own options, then runs.
protocol Command {
    static var name: String { get }
    static var summary: String { get }
    static var usage: String { get }
    static var options: [OptionSpec] { get }

    /// Validates the arguments; a ``UsageError`` here becomes exit code 64.
    init(arguments: ParsedArguments, console: Console) throws(UsageError)
    func run() -> ExitCode
}

extension Command {
    static var help: String {
        var text = summary + "\n\nUsage: " + usage + "\n"
        let all = options + [.flag("--help", "Show this help.")]
        text += "\nOptions:\n"
        for option in all {
            var left = "  " + option.name + (option.value.map { " " + $0 } ?? "")
            if left.count < 24 { left += String(repeating: " ", count: 24 - left.count) } else { left += "  " }
            text += left + option.help + "\n"
        }
        return text
    }

    /// The language from `--lang`, else the environment.
    static func language(_ arguments: ParsedArguments, _ console: Console) -> Language {
        arguments.value("--lang").flatMap(Language.init(rawValue:))
            ?? Language.fromEnvironment(lcAll: console.environment("LC_ALL"), lang: console.environment("LANG"))
    }

    static var languageOption: OptionSpec {
        .option("--lang", "LANG", choices: ["en", "sv"], "Language of messages: en or sv (default: from LC_ALL/LANG).")
    }
}
