/// The decoder's readers of single values: strings, integers, amounts, dates, enumerations.
extension PlanDecoder {
    typealias Field = JSONValue

    func ref(_ field: Field) -> SourceRef { SourceRef(offset: field.offset) }

    func wrongType(_ expected: String, _ field: Field) -> PlanError {
        PlanError(Message("plan.wrong_type", [.text(expected), .text(field.typeName)]), at: ref(field))
    }

    func string(_ field: Field) throws(PlanError) -> Located<String> {
        guard let text = field.string else { throw wrongType("string", field) }
        return Located(value: text, ref: ref(field))
    }

    /// A member, initiative or similar id: a non-empty string.
    func identifier(_ field: Field) throws(PlanError) -> Located<String> {
        let text = try string(field)
        guard !text.value.isEmpty else { throw PlanError(Message("plan.empty_id"), at: text.ref) }
        return text
    }

    func integer(_ field: Field) throws(PlanError) -> Located<Int> {
        guard let text = field.numberText else { throw wrongType("integer", field) }
        guard let value = Int(text), !text.hasPrefix("-0") || value != 0 else {
            throw PlanError(Message("plan.not_integer", [.code(text)]), at: ref(field))
        }
        return Located(value: value, ref: ref(field))
    }

    func array(_ field: Field) throws(PlanError) -> [Field] {
        guard field.isArray else { throw wrongType("array", field) }
        return field.elements
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ field: Field, _ type: E.Type) throws(PlanError) -> E
    where E.RawValue == String {
        let text = try string(field)
        guard let value = E(rawValue: text.value) else {
            let allowed = E.allCases.map(\.rawValue)
            var arguments: [Message.Argument] = [.code(text.value), .list(allowed)]
            if let near = Suggestion.nearest(to: text.value, in: allowed) { arguments.append(.code(near)) }
            throw PlanError(Message("plan.invalid_choice", arguments), at: text.ref)
        }
        return value
    }

    /// An amount in the plan's unit: a JSON number or a string such as `"1 844,5"`.
    func amount(_ field: Field, unit: AmountUnit? = nil) throws(PlanError) -> Amount {
        let unit = unit ?? self.unit
        let parsed =
            field.withTokenBytes { Money.parseCountingDecimals(utf8: $0, unit: unit) }
            ?? field.string.map { Money.parseCountingDecimals($0[...], unit: unit) }
        guard let parsed else { throw wrongType("amount", field) }
        switch parsed {
        case .success(let parsed):
            return Amount(parsed: parsed, unit: unit, ref: ref(field))
        case .failure(let error):
            throw PlanError(Self.amountMessage(error, text: Self.quoted(field)), at: ref(field))
        }
    }

    func nonNegativeAmount(_ field: Field) throws(PlanError) -> Amount {
        let value = try amount(field)
        // `-0` is zero, but a sign where none belongs is a mistake worth a word, not silence.
        let text = Self.quoted(field)
        guard !value.money.isNegative, !text.hasPrefix("-"), !text.hasPrefix("\u{2212}") else {
            throw PlanError(Message("plan.negative_amount", [.code(Self.quoted(field))]), at: value.ref)
        }
        return value
    }

    func percent(_ field: Field) throws(PlanError) -> Located<Percent> {
        guard let text = field.numberText ?? field.string else { throw wrongType("percent", field) }
        guard let value = Percent.parse(text[...]), value.basisPoints >= 0, value.basisPoints <= 10_000 else {
            throw PlanError(Message("plan.invalid_percent", [.code(text)]), at: ref(field))
        }
        return Located(value: value, ref: ref(field))
    }

    func date(_ field: Field) throws(PlanError) -> PlanDate {
        let text = try string(field)
        guard let date = PlanDate.parse(text.value) else {
            throw PlanError(Message("plan.invalid_date", [.code(text.value)]), at: text.ref)
        }
        return date
    }

    static func amountMessage(_ error: AmountError, text: String) -> Message {
        switch error {
        case .empty: return Message("amount.empty")
        case .notANumber: return Message("amount.not_a_number", [.code(text)])
        case .exponent: return Message("amount.exponent", [.code(text)])
        case .tooManyDecimals(let max): return Message("amount.too_many_decimals", [.code(text), .integer(max)])
        case .overflow: return Message("amount.overflow", [.code(text)])
        }
    }

    static func quoted(_ field: Field) -> String {
        field.numberText ?? field.string ?? field.typeName
    }
}

extension Amount {
    /// An amount as parsed, exact to one unit of the last digit written in `unit`.
    /// (One unit of the unit's last decimal is one öre: its ``AmountUnit/maxDecimals`` are the
    /// digits of ``AmountUnit/orePerUnit``.)
    init(parsed: (money: Money, decimals: Int), unit: AmountUnit, ref: SourceRef) {
        let digits = max(0, unit.maxDecimals - max(0, parsed.decimals))
        self.init(money: parsed.money, ref: ref, precisionDigits: UInt8(clamping: digits))
    }
}
