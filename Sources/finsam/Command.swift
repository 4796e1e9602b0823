import FinsamCore

/// A finsam command: parses its own options, then runs.
///
/// Its options are declared once (``Option``, ``Flag``, ``CommonOptions``) and listed in
/// `options`; the help, the usage line and the completion scripts are all made from that list.
protocol Command {
    static var name: String { get }
    static var summary: String { get }
    /// The arguments that are not options: `PATH...`, `KIND PLAN...`.
    static var synopsis: String { get }
    static var options: [OptionSpec] { get }

    /// Validates the arguments; a ``UsageError`` here becomes exit code 64.
    init(arguments: ParsedArguments, console: Console) throws(UsageError)
    func run() -> ExitCode
}

extension Command {
    /// `finsam report KIND PLAN... [--year YEAR] [--format FORMAT] …`, from the declarations.
    static var usage: String {
        (["finsam", name, synopsis] + options.map(\.synopsis)).filter { !$0.isEmpty }.joined(separator: " ")
    }

    static var help: String {
        var text = summary + "\n\nUsage: " + usage + "\n"
        let all = options + [.flag("--help", "Show this help.")]
        text += "\nOptions:\n"
        for option in all {
            var left = "  " + option.name + (option.value.map { " " + $0 } ?? "")
            if left.count < 24 { left += String(repeating: " ", count: 24 - left.count) } else { left += "  " }
            let aliases = option.aliases.isEmpty ? "" : " (also " + option.aliases.joined(separator: ", ") + ")"
            text += left + option.help + aliases + "\n"
        }
        return text
    }
}
