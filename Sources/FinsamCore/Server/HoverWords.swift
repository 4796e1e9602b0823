/// The words hover texts and related information use for the plan's own terms, each a message
/// written out (never an id put together from a raw value), so every one is in the catalogue.
extension Message {
    static func status(_ status: YearStatus) -> Message {
        switch status {
        case .outcome: return Message("lsp.status.outcome")
        case .forecast: return Message("lsp.status.forecast")
        case .budget: return Message("lsp.status.budget")
        case .plan: return Message("lsp.status.plan")
        }
    }

    static func kind(_ kind: Member.Kind) -> Message {
        switch kind {
        case .state: return Message("lsp.kind.state")
        case .region: return Message("lsp.kind.region")
        case .municipality: return Message("lsp.kind.municipality")
        }
    }

    static func category(_ category: CostCategory) -> Message {
        switch category {
        case .administration: return Message("lsp.category.administration")
        case .operations: return Message("lsp.category.operations")
        case .financial: return Message("statement.category.financial")
        }
    }

    static func target(_ target: Initiative.Target) -> Message {
        switch target {
        case .individual: return Message("lsp.target.individual")
        case .structural: return Message("lsp.target.structural")
        }
    }

    /// The name of a figure a rule compared, where the catalogue has one; nil for a name it
    /// does not know (shown as named).
    static func figure(_ name: String) -> Message? {
        switch name {
        case "actual": return Message("lsp.figure.actual")
        case "expected": return Message("lsp.figure.expected")
        case "difference": return Message("lsp.figure.difference")
        case "declared": return Message("lsp.figure.declared")
        case "computed": return Message("lsp.figure.computed")
        case "closingEquity": return Message("lsp.figure.closingEquity")
        case "openingEquity": return Message("lsp.figure.openingEquity")
        case "result": return Message("lsp.figure.result")
        case "cap": return Message("lsp.figure.cap")
        case "equity": return Message("lsp.figure.equity")
        case "floor": return Message("lsp.figure.floor")
        case "totalCosts": return Message("lsp.figure.totalCosts")
        case "administrationCosts": return Message("lsp.figure.administrationCosts")
        case "amount": return Message("lsp.figure.amount")
        case "assets": return Message("lsp.figure.assets")
        case "budget": return Message("lsp.figure.budget")
        case "capPercent": return Message("lsp.figure.capPercent")
        case "contributions": return Message("lsp.figure.contributions")
        case "forecastYear": return Message("lsp.figure.forecastYear")
        case "individualCosts": return Message("lsp.figure.individualCosts")
        case "liabilities": return Message("lsp.figure.liabilities")
        case "outcome": return Message("lsp.figure.outcome")
        case "over": return Message("lsp.figure.over")
        case "short": return Message("lsp.figure.short")
        case "unlinkedOperationsCosts": return Message("lsp.figure.unlinkedOperationsCosts")
        case "maximum": return Message("lsp.figure.maximum")
        case "minimum": return Message("lsp.figure.minimum")
        case "share": return Message("lsp.figure.share")
        case "used": return Message("lsp.figure.used")
        case "yearShare": return Message("lsp.figure.yearShare")
        case "members": return Message("lsp.figure.members")
        case "years": return Message("lsp.figure.years")
        default: return nil
        }
    }
}
