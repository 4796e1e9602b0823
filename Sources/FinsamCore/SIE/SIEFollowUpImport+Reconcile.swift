/// The books' own totals against their vouchers, before any figure is taken from them: an
/// export that lost vouchers, or has them twice, is found here rather than in the follow-up.
extension SIEFollowUpImport {
    /// Each `#RES 0` (a result account's balance for the year) must be the sum of the year's
    /// rows on the account, and each `#UB 0` (a balance account's closing balance) its `#IB 0`
    /// plus those rows. Rows count whatever their date: they are the year's vouchers.
    func reconcile(_ result: inout SIEImportResult) throws(MoneyOverflow) {
        let checked = books.balances.filter { $0.year == 0 && $0.kind != .opening }
        guard !checked.isEmpty else { return }
        var moved: [String: Money] = [:]
        for voucher in books.vouchers {
            for row in voucher.rows where row.counts {
                moved[row.account] = try (moved[row.account] ?? .zero).plus(row.amount)
            }
        }
        var opening: [String: Money] = [:]
        for balance in books.balances where balance.year == 0 && balance.kind == .opening {
            opening[balance.account] = try (opening[balance.account] ?? .zero).plus(balance.amount)
        }
        for balance in checked {
            let rows = moved[balance.account] ?? .zero
            let expected = balance.kind == .result ? rows : try (opening[balance.account] ?? .zero).plus(rows)
            guard expected != balance.amount else { continue }
            result.issues.append(
                SIEIssue(
                    .error,
                    Message(
                        balance.kind == .result ? "sie.res_differs" : "sie.ub_differs",
                        [
                            .code(balance.account), .money(balance.amount), .money(expected),
                        ]), at: .books(line: balance.line, column: 1)))
        }
    }
}
