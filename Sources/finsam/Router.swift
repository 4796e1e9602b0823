import FinsamCore

/// Picks the command, and keeps the contract: help on stdout with exit 0, usage errors on
/// stderr with exit 64.
struct Router {
    let console: Console

    static var commands: [any Command.Type] {
        [
            ValidateCommand.self, RulesCommand.self, SchemaCommand.self, BudgetCommand.self, ReportCommand.self,
            InitCommand.self, CompletionsCommand.self, ImportCommand.self, ExportCommand.self, AllocateCommand.self,
            DiffCommand.self,
            FmtCommand.self, LSPCommand.self,
        ]
    }

    static var overview: String {
        var text = "finsam \(FinsamVersion.current): budgets and plans of Swedish samordningsförbund.\n\n"
        text += "Usage: finsam COMMAND [options] [arguments]\n\nCommands:\n"
        for command in commands {
            text += "  " + command.name.padding(12) + command.summary + "\n"
        }
        text += "  " + "help".padding(12) + "Show help for a command, or 'help exit-codes'.\n"
        text += "\nOptions:\n  --version   Print finsam's version.\n  --help      Show this help.\n"
        text += "\nRun 'finsam help COMMAND' for a command's options.\n"
        return text
    }

    func run(_ arguments: [String]) -> ExitCode {
        guard let first = arguments.first else {
            console.err(Self.overview)
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--version", "-V":
            console.out(FinsamVersion.current + "\n")
            return .success
        case "--help", "-h":
            console.out(Self.overview)
            return .success
        case "help":
            return help(rest)
        default:
            guard let command = Self.commands.first(where: { $0.name == first }) else {
                return usageError(unknownCommand(first), usage: "finsam COMMAND [options] [arguments]")
            }
            return run(command, rest)
        }
    }

    private func run(_ command: any Command.Type, _ arguments: [String]) -> ExitCode {
        if arguments.contains("--help") || arguments.contains("-h") {
            console.out(command.help)
            return .success
        }
        do throws(UsageError) {
            let parsed = try ParsedArguments.parse(arguments, specs: command.options)
            return try command.init(arguments: parsed, console: console).run()
        } catch {
            return usageError(error.message, usage: command.usage)
        }
    }

    private func help(_ topics: [String]) -> ExitCode {
        guard let topic = topics.first, topic != "--help", topic != "-h" else {
            console.out(Self.overview)
            return .success
        }
        if topic == "exit-codes" {
            console.out(ExitCode.explanation)
            return .success
        }
        guard let command = Self.commands.first(where: { $0.name == topic }) else {
            return usageError(unknownCommand(topic), usage: "finsam help [COMMAND | exit-codes]")
        }
        console.out(command.help)
        return .success
    }

    private func unknownCommand(_ name: String) -> String {
        var message = "unknown command '\(name)'"
        let names = Self.commands.map { $0.name } + ["help"]
        if let near = Suggestion.nearest(to: name, in: names) { message += "; did you mean '\(near)'?" }
        return message
    }

    private func usageError(_ message: String, usage: String) -> ExitCode {
        console.err("finsam: error: " + message + "\nUsage: " + usage + "\nRun 'finsam --help' for more.\n")
        return .usage
    }
}
