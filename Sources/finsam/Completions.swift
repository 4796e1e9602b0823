import FinsamCore

/// Shell completion scripts, generated from the commands and their options, so they never
/// fall behind the CLI.
enum Completions {
    /// What a command's positional arguments are: files, rule ids, or a fixed list.
    static func positionals(_ command: String) -> [String]? {
        switch command {
        case "rules": return RuleRegistry.documented.map(\.id)
        case "completions": return ["bash", "zsh", "fish"]
        case "schema", "init", "lsp": return []
        default: return nil  // files
        }
    }

    static var commandNames: [String] { Router.commands.map { $0.name } + ["help"] }

    /// Options whose value is a file name complete files; others (a year, a name) nothing.
    static func takesFile(_ option: OptionSpec) -> Bool {
        ["FILE", "NAME", "PATH", "DIR"].contains(option.value ?? "")
    }

    static func options(_ command: any Command.Type) -> [OptionSpec] {
        command.options + [.flag("--help", "Show this help.")]
    }

    static func bash() -> String {
        var out = "# bash completion for finsam: eval \"$(finsam completions bash)\"\n_finsam() {\n"
        out += "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        out += "  if [[ $COMP_CWORD -eq 1 ]]; then\n"
        out +=
            "    COMPREPLY=( $(compgen -W \(quote((commandNames + ["--version", "--help"]).joined(separator: " "))) -- \"$cur\") )\n    return\n  fi\n"
        out += "  case \"${COMP_WORDS[1]}\" in\n"
        out +=
            "    help) COMPREPLY=( $(compgen -W \(quote((Router.commands.map { $0.name } + ["exit-codes"]).joined(separator: " "))) -- \"$cur\") ) ;;\n"
        for command in Router.commands {
            out += "    \(command.name))\n      case \"$prev\" in\n"
            for option in options(command) where option.value != nil {
                let action =
                    !option.choices.isEmpty
                    ? "compgen -W \(quote(option.choices.joined(separator: " "))) -- \"$cur\""
                    : takesFile(option) ? "compgen -f -- \"$cur\"" : "true"
                out += "        \(option.name)) COMPREPLY=( $(\(action)) ); return ;;\n"
            }
            out += "      esac\n"
            let flags = options(command).map(\.name).joined(separator: " ")
            let rest =
                positionals(command.name).map { "compgen -W \(quote($0.joined(separator: " "))) -- \"$cur\"" }
                ?? "compgen -f -- \"$cur\""
            out +=
                "      if [[ \"$cur\" == -* ]]; then COMPREPLY=( $(compgen -W \(quote(flags)) -- \"$cur\") ); else COMPREPLY=( $(\(rest)) ); fi\n      ;;\n"
        }
        out += "  esac\n}\ncomplete -o filenames -F _finsam finsam\n"
        return out
    }

    static func zsh() -> String {
        var out =
            "#compdef finsam\n# zsh completion for finsam: finsam completions zsh > \"${fpath[1]}/_finsam\"\n_finsam() {\n"
        out += "  if (( CURRENT == 2 )); then\n    local -a commands\n    commands=(\n"
        for command in Router.commands {
            out += "      \(quote(command.name + ":" + command.summary))\n"
        }
        out +=
            "      'help:Show help for a command, or help exit-codes.'\n    )\n    _describe 'command' commands\n    return\n  fi\n"
        out += "  local command=${words[2]}\n  shift words\n  (( CURRENT-- ))\n  case $command in\n"
        for command in Router.commands {
            out += "    \(command.name))\n      _arguments \\\n"
            for option in options(command) {
                let help = option.help.replacingOccurrences("[", "(").replacingOccurrences("]", ")")
                var spec = option.name + "[" + help + "]"
                if let value = option.value {
                    let action =
                        !option.choices.isEmpty
                        ? "(" + option.choices.joined(separator: " ") + ")" : takesFile(option) ? "_files" : " "
                    spec += ":" + value.lowercased() + ":" + action
                }
                out += "        \(quote(spec)) \\\n"
            }
            let rest =
                positionals(command.name).map { $0.isEmpty ? "" : "(" + $0.joined(separator: " ") + ")" } ?? "_files"
            out += rest.isEmpty ? "        && return\n      ;;\n" : "        \(quote("*:argument:" + rest))\n      ;;\n"
        }
        out +=
            "    help) _values 'topic' \((Router.commands.map { $0.name } + ["exit-codes"]).map(quote).joined(separator: " ")) ;;\n"
        out += "  esac\n}\n_finsam \"$@\"\n"
        return out
    }

    static func fish() -> String {
        var out = "# fish completion for finsam: finsam completions fish > ~/.config/fish/completions/finsam.fish\n"
        out += "complete -c finsam -f\n"
        for command in Router.commands {
            out += "complete -c finsam -n __fish_use_subcommand -a \(command.name) -d \(quote(command.summary))\n"
        }
        out += "complete -c finsam -n __fish_use_subcommand -a help -d 'Show help for a command'\n"
        out += "complete -c finsam -n __fish_use_subcommand -l version -d \"Print finsam's version\"\n"
        for command in Router.commands {
            let condition = "'__fish_seen_subcommand_from \(command.name)'"
            for option in options(command) {
                var line = "complete -c finsam -n \(condition) -l \(option.name.dropFirst(2))"
                if option.value != nil {
                    line +=
                        !option.choices.isEmpty
                        ? " -x -a \(quote(option.choices.joined(separator: " ")))"
                        : takesFile(option) ? " -r -F" : " -x"
                }
                out += line + " -d \(quote(option.help))\n"
            }
            if let values = positionals(command.name) {
                if !values.isEmpty {
                    out += "complete -c finsam -n \(condition) -a \(quote(values.joined(separator: " ")))\n"
                }
            } else {
                out += "complete -c finsam -n \(condition) -F\n"
            }
        }
        return out
    }

    /// A single-quoted shell word: `'` becomes `'\''`.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences("'", "'\\''") + "'"
    }
}

/// `finsam completions bash|zsh|fish`: prints a completion script for the shell.
struct CompletionsCommand: Command {
    static let name = "completions"
    static let summary = "Print a shell completion script (bash, zsh or fish)."
    static let synopsis = "bash|zsh|fish"
    static let options: [OptionSpec] = []

    let shell: String
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        let shells = ["bash", "zsh", "fish"]
        guard arguments.positionals.count == 1, let shell = arguments.positionals.first else {
            throw UsageError(message: "completions needs one shell: bash, zsh or fish")
        }
        guard shells.contains(shell) else {
            var message = "unknown shell '\(shell)' (bash, zsh, fish)"
            if let near = Suggestion.nearest(to: shell, in: shells) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        self.shell = shell
        self.console = console
    }

    func run() -> ExitCode {
        switch shell {
        case "zsh": console.out(Completions.zsh())
        case "fish": console.out(Completions.fish())
        default: console.out(Completions.bash())
        }
        return .success
    }
}
