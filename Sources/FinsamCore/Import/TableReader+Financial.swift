/// Financial items (interest, finansiella poster), settled once the whole table is read: only
/// then is it known whether a printed subtotal counts one among the costs.
extension TableReader {
    /// Financial items: kept as cost lines where a printed subtotal counts them (the document
    /// counts them among its costs), left out where they are zero every year, else financial
    /// income or a financial cost by their heading or name, outside any group.
    mutating func settleFinancialItems() {
        for index in placed.indices where placed[index].role == .financial {
            let row = placed[index]
            if row.counted {
                placed[index].role = .cost(nil)
            } else if row.values.allSatisfy({ $0?.money.isZero ?? true }) {
                placed[index].role = .ignore
                placed[index].ignored = .zeroFinancial
            } else {
                let income = RowNames.isFinancialIncome(row.name, heading: row.group)
                placed[index].role = income ? .financialIncome : .cost(.financial)
                if let group = row.group, RowNames.isFinancial(group.lowercased()) { placed[index].group = nil }
            }
        }
    }
}
