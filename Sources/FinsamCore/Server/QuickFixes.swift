/// `textDocument/codeAction`: quick fixes for findings whose right value is known. Each is read
/// from a finding the check made (its compared figures, its place), never from a verdict of its
/// own: a municipality's or the region's contribution set to the expected figure, a declared
/// total to the computed one, a `deficitReason` to fill in, an initiative's end date at the end
/// of the last year that funds it.
struct QuickFixes {
    let checked: CheckedText
    let loaded: LoadedPlan
    let uri: String
    let language: Language

    /// The fixes for the findings whose diagnostics overlap `range`, in the findings' order.
    func actions(in range: LSPRange) -> [JSONOutput] {
        let diagnostics = Diagnostics(language: language)
        let all = diagnostics.diagnostics(checked, uri: uri)
        let places = FindingPlaces(checked.bytes)
        let lines = LineTable(checked.bytes)
        var actions: [JSONOutput] = []
        for (index, finding) in checked.result.findings.enumerated() where index < all.count {
            guard Diagnostics.range(of: finding.location, places, lines).overlaps(range) else { continue }
            let start = places.offset(line: finding.location.line, column: finding.location.column)
            guard let fix = fix(for: finding, at: start) else { continue }
            let edit = JSONOutput.object([
                ("range", LSPRange(start: lines.position(of: fix.start), end: lines.position(of: fix.end)).output),
                ("newText", .string(fix.text)),
            ])
            actions.append(
                .object([
                    ("title", .string(fix.title)), ("kind", .string("quickfix")), ("diagnostics", .array([all[index]])),
                    ("isPreferred", .bool(true)),
                    ("edit", .object([("changes", .object([(uri, .array([edit]))]))])),
                ]))
        }
        return actions
    }

    /// One text edit and its title.
    struct Fix {
        let title: String
        let start: Int
        let end: Int
        let text: String
    }

    private var catalog: Catalog { Catalog(language: language, unit: loaded.plan.unit) }

    private func fix(for finding: Finding, at offset: Int) -> Fix? {
        guard let place = PlanPlace.of(finding.location.pointer) else { return nil }
        switch (finding.message.id, place) {
        case ("split.municipal_member", .contribution(_, let memberID)),
            ("split.region", .contribution(_, let memberID)):
            return contribution(finding, memberID: memberID, at: offset)
        case ("declared.mismatch", .year(let year)):
            return declared(finding, year: year, at: offset)
        case ("deficit.no_reason", .year(let year)):
            return deficitReason(year: year)
        case ("initiative.no_end", .initiative(let index)):
            return endDate(initiative: index)
        default:
            return nil
        }
    }

    /// The contribution set to the finding's expected figure: a municipality's part by the key,
    /// or the region's half of the state's (only where the plan has one region).
    private func contribution(_ finding: Finding, memberID: String, at offset: Int) -> Fix? {
        guard let expected = figure("expected", of: finding), let member = loaded.plan.member(memberID) else {
            return nil
        }
        if member.kind == .region, loaded.plan.members.filter({ $0.kind == .region }).count != 1 { return nil }
        let unit = loaded.plan.unit
        let title = catalog.render(Message("lsp.fix.contribution", [.text(member.name), .money(expected)]))
        return replacingValue(at: offset, title: title, text: AmountText.plain(expected, unit: unit))
    }

    /// The declared figure set to the computed one, at the precision the document printed it
    /// with and in the unit of its `declared` block.
    private func declared(_ finding: Finding, year: Int, at offset: Int) -> Fix? {
        // The figure as the finding names it: a declared total by its printed name, a subtotal by the document's.
        guard let computed = figure("computed", of: finding), let label = finding.message.arguments.first else {
            return nil
        }
        let unit = declaredUnit(year: year)
        let decimals = AmountText.decimalsWritten(at: offset, in: checked.bytes)
        guard let rounded = AmountText.rounded(computed, unit: unit, decimals: decimals) else { return nil }
        let title = catalog.render(Message("lsp.fix.declared", [label, .money(computed)]))
        return replacingValue(at: offset, title: title, text: AmountText.plain(rounded, unit: unit))
    }

    private func deficitReason(year: Int) -> Fix? {
        guard let object = element("years", year), year < loaded.plan.years.count else { return nil }
        let placeholder = catalog.render(Message("lsp.fix.deficit_placeholder"))
        let title = catalog.render(Message("lsp.fix.deficit_reason", [.integer(loaded.plan.years[year].year)]))
        return MemberInsertion(bytes: checked.bytes, bom: bomLength)
            .fix(in: object, member: "deficitReason", value: JSONOutput.quoted(placeholder), title: title)
    }

    private func endDate(initiative index: Int) -> Fix? {
        guard index < loaded.plan.initiatives.count, let object = element("initiatives", index) else { return nil }
        let funding = InitiativeFunding(plan: loaded.plan, ledger: loaded.ledger, id: loaded.plan.initiatives[index].id)
        guard let year = funding.lastFundedYear else { return nil }
        let date = String(year) + "-12-31"
        let title = catalog.render(Message("lsp.fix.end_date", [.text(date)]))
        return MemberInsertion(bytes: checked.bytes, bom: bomLength)
            .fix(in: object, member: "end", value: JSONOutput.quoted(date), title: title)
    }

    private func figure(_ name: String, of finding: Finding) -> Money? {
        guard case .money(let money)? = finding.figures.first(where: { $0.name == name })?.value else { return nil }
        return money
    }

    /// The value token at `offset` (a number or a string) replaced by `text`.
    private func replacingValue(at offset: Int, title: String, text: String) -> Fix? {
        guard offset < checked.bytes.count else { return nil }
        let first = checked.bytes[offset]
        guard first == UInt8(ascii: "\"") || first == UInt8(ascii: "-") || (first >= 48 && first <= 57) else {
            return nil
        }
        return Fix(title: title, start: offset, end: TokenSpan.end(of: offset, in: checked.bytes), text: text)
    }

    /// The unit of a year's `declared` block: its own `unit`, else the plan's.
    private func declaredUnit(year: Int) -> AmountUnit {
        let written = element("years", year)?.member("declared")?.member("unit")?.string
        return written.flatMap(AmountUnit.init(rawValue:)) ?? loaded.plan.unit
    }

    private func element(_ key: String, _ index: Int) -> JSONValue? {
        let elements = loaded.document.root.member(key)?.elements ?? []
        return index < elements.count ? elements[index] : nil
    }

    /// The document's offsets are after any byte order mark; the editor's text has it.
    private var bomLength: Int { checked.bytes.count - loaded.document.bytes.count }
}
