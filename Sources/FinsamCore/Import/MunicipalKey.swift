/// The municipal split key of an imported plan. A budget table prints what each municipality
/// pays but not the key behind it (population, equal, or agreed shares), so unless the
/// mapping gives a `policy`, the key is the budget year's own contributions as shares
/// (`{"key": "shares"}`): the region's and the municipalities' totals are still checked against
/// the state's half, and a plan year that pays in other proportions gets a key of its own for
/// that year. One municipality, or contributions derived from a total, get the equal key.
struct MunicipalKey {
    let policy: JSONOutput?
    private var perYear: [Int: JSONOutput] = [:]

    init(members: [ImportedMember], ids: [String?], reader: TableReader) {
        if let copied = reader.importer.mapping.copied.first(where: { $0.0 == "policy" }) {
            policy = copied.1
            return
        }
        let municipalities = members.filter { $0.kind == .municipality }.map(\.id)
        guard !municipalities.isEmpty else {
            policy = nil
            return
        }
        let equal = JSONOutput.object([("municipalSplit", .object([("key", .string("equal"))]))])
        guard municipalities.count > 1 else {
            policy = equal
            return
        }
        let shares: [[Money]?] = reader.columns.indices.map { year in
            let amounts = municipalities.map { id in
                ids.firstIndex(of: id).flatMap { reader.placed[$0].values[year]?.money }
            }
            let present = amounts.compactMap { $0 }
            return present.count == amounts.count && present.allSatisfy({ !$0.isZero && !$0.isNegative })
                ? present : nil
        }
        let keyYear = reader.columns.firstIndex { $0.status == .budget } ?? 0
        guard let key = shares[keyYear] else {
            policy = equal
            return
        }
        policy = .object([("municipalSplit", Self.split(municipalities, key))])
        for (year, amounts) in shares.enumerated() where year != keyYear {
            guard let amounts, !Self.proportional(amounts, key) else { continue }
            perYear[year] = Self.split(municipalities, amounts)
        }
    }

    /// The key for the year at `index` where it differs from the policy's.
    func yearSplit(_ index: Int) -> JSONOutput? { perYear[index] }

    private static func split(_ ids: [String], _ amounts: [Money]) -> JSONOutput {
        // Only proportions matter: öre as whole numbers keep every amount exact.
        .object([
            ("key", .string("shares")), ("shares", .object(zip(ids, amounts).map { ($0, .number(String($1.ore))) })),
        ])
    }

    /// True when `a` and `b` are in the same proportions (cross-multiplied exactly).
    private static func proportional(_ a: [Money], _ b: [Money]) -> Bool {
        guard let a0 = a.first, let b0 = b.first else { return true }
        return zip(a, b).allSatisfy { x, y in Int128(x.ore) * Int128(b0.ore) == Int128(y.ore) * Int128(a0.ore) }
    }
}
