/// A format of `finsam diff`'s output.
public protocol DiffReporter: Sendable {
    var name: String { get }
    func report(_ diff: PlanDiff, options: DiffOptions) -> String
}

/// How `finsam diff` writes: the language, and the unit of amounts (nil: the newer plan's).
public struct DiffOptions: Sendable {
    public let language: Language
    public let unit: AmountUnit?

    public init(language: Language, unit: AmountUnit? = nil) {
        self.language = language
        self.unit = unit
    }
}

/// The formats of `finsam diff`.
public enum DiffReporters {
    public static let all: [any DiffReporter] = [DiffTextReporter(), DiffMarkdownReporter(), DiffJSONReporter()]
    public static var names: [String] { all.map(\.name) }
    public static func named(_ name: String) -> (any DiffReporter)? { all.first { $0.name == name } }
}

/// Figures and findings as the person reading a difference reads them.
struct DiffWords {
    let catalog: Catalog

    init(_ options: DiffOptions, unit: AmountUnit) {
        catalog = Catalog(language: options.language, unit: options.unit ?? unit)
    }

    func value(_ value: FigureValue?) -> String {
        switch value {
        case .money(let money)?: return catalog.render(.money(money))
        // Two decimals: a share that moves by a hundredth of a percent still shows a change.
        case .percent(let percent)?: return percent.formatted(catalog.language, decimals: 2)
        case .text(let text)?: return text
        case nil: return catalog.render(Message("diff.absent"))
        }
    }

    /// `+1 000 kr`, `-800 kr`, `+0,12 procentenheter`; nil where there is no amount or share
    /// on both sides.
    func delta(_ change: FigureChange) -> String? {
        if let delta = change.delta { return (delta.ore > 0 ? "+" : "") + catalog.render(.money(delta)) }
        guard let points = change.pointsDelta else { return nil }
        // The share's own format without its percent sign: percentage points are not percent.
        var number = points.formatted(catalog.language, decimals: 2)
        while number.last == "%" || number.last == " " { number.removeLast() }
        return catalog.render(Message("diff.points", [.text((points.basisPoints > 0 ? "+" : "") + number)]))
    }

    /// `error[funding_split]: 2024: …`, with the waiver where there is one.
    func finding(_ finding: Finding) -> String {
        var text = finding.severity.rawValue + "[" + finding.ruleID + "]: " + catalog.render(finding.message)
        if let waiver = finding.waiver {
            text +=
                " ("
                + catalog.render(Message("waiver.applied", [.text(waiver.decision ?? ""), .text(waiver.reason ?? "")]))
                + ")"
        }
        return text
    }

    func summary(_ diff: PlanDiff) -> String {
        catalog.render(
            Message(
                "diff.summary",
                [.integer(diff.changedFigures), .integer(diff.introduced.count), .integer(diff.resolved.count)]))
    }

    /// A year's or an initiative's heading, saying whether it was added or removed.
    func title(_ group: PlanDiff.GroupChange) -> String {
        let base = Message.Argument.message(group.title)
        switch group.presence {
        case .changed: return catalog.render(group.title)
        case .added: return catalog.render(Message("diff.added", [base]))
        case .removed: return catalog.render(Message("diff.removed", [base]))
        }
    }
}
