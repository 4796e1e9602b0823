/// The figures a document declares, named in messages as Swedish plans print them ("Summa
/// intäkter", "Utgående eget kapital"), never by their field names.
enum DeclaredFigure {
    case openingEquity, totalContributions, totalOtherIncome, totalIncome, fundsAvailable, totalCosts, result,
        closingEquity, equity

    var message: Message {
        switch self {
        case .openingEquity: return Message("figure.opening_equity")
        case .totalContributions: return Message("figure.total_contributions")
        case .totalOtherIncome: return Message("figure.total_other_income")
        case .totalIncome: return Message("figure.total_income")
        case .fundsAvailable: return Message("figure.funds_available")
        case .totalCosts: return Message("figure.total_costs")
        case .result: return Message("figure.result")
        case .closingEquity: return Message("figure.closing_equity")
        case .equity: return Message("figure.equity")
        }
    }
}

extension Message.Argument {
    /// A declared figure's name, in the reader's language.
    static func figure(_ figure: DeclaredFigure) -> Message.Argument { .message(figure.message) }
}
