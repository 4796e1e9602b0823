/// The figures a document declares, named in messages as Swedish plans print them ("Summa
/// intäkter", "Utgående eget kapital"), never by their field names.
enum DeclaredFigure {
    case openingEquity, totalContributions, totalOtherIncome, totalIncome, fundsAvailable, totalCosts, result,
        closingEquity, equity
    /// An interim report's result to date ("Periodens resultat").
    case periodResult, operatingCosts, operatingResult, financialIncome, financialCosts, financialNet

    var message: Message {
        switch self {
        case .openingEquity: return Message("declared.figure.opening_equity")
        case .totalContributions: return Message("declared.figure.total_contributions")
        case .totalOtherIncome: return Message("declared.figure.total_other_income")
        case .totalIncome: return Message("declared.figure.total_income")
        case .fundsAvailable: return Message("declared.figure.funds_available")
        case .totalCosts: return Message("declared.figure.total_costs")
        case .result: return Message("declared.figure.result")
        case .periodResult: return Message("declared.figure.period_result")
        case .closingEquity: return Message("declared.figure.closing_equity")
        case .equity: return Message("declared.figure.equity")
        case .operatingCosts: return Message("statement.figure.operating_costs")
        case .operatingResult: return Message("statement.figure.operating_result")
        case .financialIncome: return Message("statement.figure.financial_income")
        case .financialCosts: return Message("statement.figure.financial_costs")
        case .financialNet: return Message("statement.figure.financial_net")
        }
    }
}

extension Message.Argument {
    /// A declared figure's name, in the reader's language.
    static func figure(_ figure: DeclaredFigure) -> Message.Argument { .message(figure.message) }
}
