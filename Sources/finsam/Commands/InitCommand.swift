import FinsamCore

/// `finsam init`: writes a starting plan for a federation, asking nothing.
///
/// JSON has no comments, and the decoder warns about fields it does not know, so the plan is
/// plain; the explanation of each part and what to fill in goes to stdout instead.
struct InitCommand: Command {
    static let name = "init"
    static let summary = "Write a starting plan file for a federation (never overwrites)."
    static let synopsis = ""
    static let federation = Option<String>("--name", "NAME", "The federation's name (required).")
    static let region = Option<String>("--region", "NAME", "The region member's name (default: Regionen).")
    static let members = Option<[PlanTemplate.Municipality]>(
        .option("--members", "LIST", "The municipalities, comma-separated, each NAME or NAME:POPULATION."),
        read: municipalities)
    static let years = Option<String>(
        "--years", "FIRST-LAST", "The budget year and plan years (default: next year and the two after).")
    static let output = Option<String>(
        OptionSpec(
            name: "--output", value: "FILE", choices: [],
            help: "Where to write the plan (default: plan.json; - for stdout).",
            aliases: ["--out"]), read: { $0 })
    static var options: [OptionSpec] {
        [federation.spec, region.spec, members.spec, years.spec, output.spec, CommonOptions.language.spec]
    }

    let template: PlanTemplate
    let output: String
    let language: Language
    let console: Console

    init(arguments: ParsedArguments, console: Console) throws(UsageError) {
        guard arguments.positionals.isEmpty else {
            throw UsageError(message: "init takes no arguments; use --name, --members, --years")
        }
        guard let name = try arguments(Self.federation), !name.allSatisfy(\.isWhitespace) else {
            throw UsageError(message: "init needs --name, the federation's name")
        }
        let years = try Self.years(try arguments(Self.years), console)
        template = PlanTemplate(
            name: name, region: try arguments(Self.region) ?? "Regionen",
            municipalities: try arguments(Self.members) ?? [], years: years)
        output = try arguments(Self.output) ?? "plan.json"
        language = Self.language(arguments, console)
        self.console = console
    }

    /// `2027-2029`, `2027`, or next year and the two after.
    static func years(_ text: String?, _ console: Console) throws(UsageError) -> ClosedRange<Int> {
        guard let text else {
            let today = try Today.date(console).get()
            return (today.year + 1)...(today.year + 3)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(parts.count), let first = parts[0], let last = parts.last ?? nil,
            first <= last, (1900...2999).contains(first), (1900...2999).contains(last), last - first < 20
        else { throw UsageError(message: "--years needs FIRST-LAST such as 2027-2029, not '\(text)'") }
        return first...last
    }

    /// `Ljungby:27000,Markaryd:10000`: populations for all or for none.
    static func municipalities(_ text: String) throws(UsageError) -> [PlanTemplate.Municipality] {
        var result: [PlanTemplate.Municipality] = []
        for item in text.split(separator: ",") {
            let parts = item.split(separator: ":", maxSplits: 1).map { String($0).trimmed }
            guard let name = parts.first, !name.isEmpty else { continue }
            var population: Int64?
            if parts.count == 2 {
                guard let value = Int64(parts[1].filter { $0 != " " }), value >= 0 else {
                    throw UsageError(message: "'\(parts[1])' is not a population (a whole number) for \(name)")
                }
                population = value
            }
            result.append(PlanTemplate.Municipality(name: name, population: population))
        }
        let counted = result.filter { $0.population != nil }.count
        guard counted == 0 || counted == result.count else {
            throw UsageError(message: "give a population for every municipality in --members, or for none")
        }
        return result
    }

    func run() -> ExitCode {
        let text = template.rendered()
        let catalog = Catalog(language: language)
        if output == "-" {
            console.out(text)
            return .success
        }
        switch AtomicFile.create(text, at: output) {
        case nil:
            console.out(
                catalog.render(
                    Message(
                        "init.written",
                        [
                            .text(output), .text(template.name), .integer(template.years.lowerBound),
                            .integer(template.years.upperBound),
                        ])) + "\n\n" + catalog.render(Message("init.guide", [.text(output)])) + "\n")
            return .success
        case .exists:
            console.err("finsam: error: " + catalog.render(Message("init.exists", [.text(output)])) + "\n")
            return .invalidInput
        case .other(let reason):
            console.err(
                "finsam: error: " + catalog.render(Message("init.unwritable", [.text(output), .text(reason)])) + "\n")
            return .invalidInput
        }
    }
}

extension String {
    var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
