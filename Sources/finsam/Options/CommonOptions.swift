import FinsamCore

/// The options several commands share, each declared once, so one meaning has one name (and
/// one help text) across finsam.
enum CommonOptions {
    static let language = Option<Language>.choice(
        "--lang", "LANG", ["en", "sv"], Language.init(rawValue:),
        "Language of messages: en or sv (default: from LC_ALL/LANG).")

    /// The file a command writes. `--out`, the name `import` and `export` used first, still works.
    static let output = Option<String>(
        OptionSpec(
            name: "--output", value: "FILE", choices: [], help: "Write to FILE (atomically; never one of the inputs).",
            aliases: ["--out"])
    ) { path throws(UsageError) in
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw UsageError(message: "--output needs a file name, not '\(path)'")
        }
        return path
    }

    static let stdinFilename = Option<String>(
        "--stdin-filename", "NAME", "The name standard input (-) goes by in messages (default: <stdin>).")

    static let tableFormat = Option<any TableFormat>.choice(
        "--format", "FORMAT", TableFormats.all.map(\.name), TableFormats.named,
        "Output format: " + TableFormats.all.map(\.name).joined(separator: ", ") + " (default: text).")

    static let unit = Option<AmountUnit>.choice(
        "--unit", "UNIT", ["kr", "tkr"], AmountUnit.init(rawValue:), "Unit of amounts: kr or tkr (default: kr).")

    static let strict = Flag("--strict", "Fail (exit 1) on warnings too, not only on errors.")

    /// A plan year, 1900 to 2999.
    static func year(_ name: String, _ help: String) -> Option<Int> {
        Option(.option(name, "YEAR", help)) { text throws(UsageError) in
            guard let value = Int(text), (1900...2999).contains(value) else {
                throw UsageError(message: "\(name) must be a year from 1900 to 2999, not '\(text)'")
            }
            return value
        }
    }

    /// `--years N`: how many years to project, 1 to the most a projection may add.
    static let projectYears = Option<Int>(.option("--years", "N", "Years to project, 1 to \(Projector.maxYears).")) {
        text throws(UsageError) in
        guard let value = Int(text), (1...Projector.maxYears).contains(value) else {
            throw UsageError(message: "--years must be a whole number from 1 to \(Projector.maxYears), not '\(text)'")
        }
        return value
    }
}

extension Command {
    /// The language from `--lang`, else the environment.
    static func language(_ arguments: ParsedArguments, _ console: Console) -> Language {
        (try? arguments(CommonOptions.language))
            ?? Language.fromEnvironment(lcAll: console.environment("LC_ALL"), lang: console.environment("LANG"))
    }

    /// Today's date for waivers: the calendar's, or `FINSAM_TODAY`.
    static func today(_ console: Console) throws(UsageError) -> PlanDate { try Today.date(console).get() }
}
