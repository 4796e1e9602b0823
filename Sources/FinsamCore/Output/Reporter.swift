/// How a reporter should write: the language of messages, and whether to colour.
public struct ReportOptions: Sendable {
    public let language: Language
    public let colour: Bool
    /// The severity that fails the run (`--fail-on`): JUnit marks findings at or above it as failures.
    public var failOn: Severity = .error
    /// Where a file's many findings may be written in batches side by side (``FindingBatches``).
    public var parallelism: Parallelism = .serial
    public var batches = FindingBatches()

    public init(language: Language, colour: Bool = false) {
        self.language = language
        self.colour = colour
    }
}

/// Writes the results of `finsam validate` in one format. One type per format, one file each.
///
/// A reporter writes each finding as it reaches it, in file order, to the output, which hands
/// the text on in chunks: a report is never gathered into one string.
public protocol Reporter: Sendable {
    /// The `--format` name.
    var name: String { get }
    func write(_ results: [FileResult], options: ReportOptions, to out: ReportOutput)
}

extension Reporter {
    /// The whole report as one string: for tests and short output.
    public func report(_ results: [FileResult], options: ReportOptions) -> String {
        ReportOutput.collecting { write(results, options: options, to: $0) }
    }
}

/// Counts of what a run found.
public struct Summary: Sendable, Equatable {
    public var files = 0
    public var invalid = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    /// Findings a waiver accepts: counted apart, never as errors, warnings or notes.
    public var waived = 0

    public init(_ results: [FileResult]) {
        for result in results {
            files += 1
            switch result.outcome {
            case .failure: invalid += 1
            case .success(let findings):
                for finding in findings {
                    // A pattern, not `== nil`: that builds an `(Waiver?, Waiver?)` pair, whose
                    // type the runtime makes on first use (about 0.1 M instructions at start-up).
                    if case .some = finding.waiver {
                        waived += 1
                        continue
                    }
                    switch finding.severity {
                    case .error: errors += 1
                    case .warning: warnings += 1
                    case .info: infos += 1
                    }
                }
            }
        }
    }
}

/// Every reporter, by `--format` name.
public enum Reporters {
    public static let all: [any Reporter] = [
        TextReporter(), JSONReporter(), GitHubReporter(), SARIFReporter(), JUnitReporter(),
        MarkdownReporter(), CheckstyleReporter(),
    ]

    /// The `--format` names, in order.
    public static var names: [String] { all.map { $0.name } }

    public static func named(_ name: String) -> (any Reporter)? { all.first { $0.name == name } }
}
