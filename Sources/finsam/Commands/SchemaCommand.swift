import FinsamCore

/// `finsam schema`: prints the JSON Schema of the plan format, for editors.
struct SchemaCommand: Command {
    static let name = "schema"
    static let summary = "Print the JSON Schema (draft 2020-12) of the plan file format."
    static let synopsis = ""
    static let options: [OptionSpec] = []

    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard arguments.positionals.isEmpty else { throw UsageError(message: "schema takes no arguments") }
        self.console = console
    }

    func run() -> ExitCode {
        console.out(PlanSchema.text)
        return .success
    }
}
