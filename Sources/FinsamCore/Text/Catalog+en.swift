/// English message templates; `{0}`, `{1}`, … are the message's arguments in order.
extension Catalog {
    static let coreEnglish: [String: String] = [
        // Files
        "file.missing": "no such file",
        "file.directory": "is a directory, not a plan file",
        "file.permission": "permission denied: finsam cannot read the file",
        "file.unreadable": "cannot read the file: {0}",
        // Reading JSON
        "json.empty": "the file is empty: a plan file holds one JSON object",
        "json.utf16": "the file looks like UTF-16; save it as UTF-8",
        "json.utf16_bom": "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
        "json.invalid_utf8": "invalid UTF-8: save the file as UTF-8",
        "json.unexpected_character": "unexpected character {0} where a JSON value should start",
        "json.unexpected_end": "the file ends in the middle of a value: is it truncated?",
        "json.trailing_comma": "trailing comma: JSON allows no comma before } or ]",
        "json.duplicate_key": "the key {0} appears twice in this object",
        "json.comment": "comments are not allowed in JSON; put notes in a string field",
        "json.non_finite": "{0} is not a number JSON allows",
        "json.invalid_number": "{0} is not a valid JSON number",
        "json.invalid_escape": "invalid escape sequence in a string",
        "json.control_character": "a control character (such as a tab or newline) must be escaped in a string",
        "json.lone_surrogate": "a \\u escape names half of a UTF-16 surrogate pair",
        "json.too_deep": "nesting deeper than {0} levels",
        "json.trailing_content": "more content after the end of the JSON document",
        "json.expected_key": "expected a key in double quotes",
        "json.expected_colon": "expected : after the key",
        "json.too_large": "the file is too large to read (over 4 GB or 268 million values)",
        "json.expected_comma": "expected , or {0}",
        // Decoding the plan
        "plan.wrong_type": "expected {0}, found {1}",
        "plan.missing_field": "the required field {0} is missing",
        "plan.unsupported_version": "plan format version {0} is not supported: this finsam reads version {1}",
        "plan.invalid_choice": "{0} is not one of {1}",
        "plan.cost_target_with_initiative":
            "a cost line names either the initiative it funds or, funding several without naming them, their target; not both",
        "plan.cost_target_category": "a target belongs on an operations line; this line is {0}",
        "plan.invalid_choice_suggest": "{0} is not one of {1}; did you mean {2}?",
        "plan.duplicate_member": "the member id {0} is used twice",
        "plan.duplicate_initiative": "the initiative id {0} is used twice",
        "plan.duplicate_year": "the year {0} is listed twice",
        "plan.years_not_consecutive": "years must follow each other: expected {0}, found {1}",
        "plan.no_years": "the plan has no years",
        "plan.year_out_of_range": "the year {0} is outside 1900–2999",
        "plan.invalid_year_key": "{0} is not a year",
        "plan.not_integer": "{0} is not a whole number",
        "plan.negative_amount": "{0}: amounts here cannot be negative (costs are written as positive amounts)",
        "plan.negative_population": "a population cannot be negative",
        "plan.invalid_percent": "{0} is not a percentage from 0 to 100 with at most two decimals",
        "plan.invalid_date": "{0} is not a date of the form YYYY-MM-DD",
        "plan.empty_id": "an id cannot be empty",
        "plan.cannot_derive":
            "the members' contributions cannot be derived from stateAllocation: the plan needs a state member, and a usable municipal split key",
        "plan.contributions_twice": "give either contributions or stateAllocation, not both",
        "plan.subtotal_scope": "a subtotal names one category, one group, or the subtotals it adds up (of)",
        "amount.empty": "the amount is empty",
        "amount.not_a_number":
            "{0} is not an amount: write digits, optionally grouped by spaces, with a comma or point before the decimals",
        "amount.exponent": "{0}: write amounts without an exponent",
        "amount.too_many_decimals": "{0} has more than {1} decimals: amounts are exact to the öre",
        "amount.overflow":
            "{0} is too large to hold exactly to the öre (the limit is about 92 million billion kronor); is the unit or a decimal separator wrong?",
        "amount.sum_overflow":
            "the totals of the year {0} are too large to hold exactly to the öre; is an amount in the wrong unit, or missing its decimal separator?",
        // Findings
        "field.unknown": "unknown field {0}; it is ignored",
        "field.unknown_suggest": "unknown field {0}; did you mean {1}?",
        "ref.unknown_member": "{0} is not a member of the plan",
        "ref.unknown_member_suggest": "{0} is not a member of the plan; did you mean {1}?",
        "ref.unknown_initiative": "{0} is not an initiative of the plan",
        "ref.unknown_initiative_suggest": "{0} is not an initiative of the plan; did you mean {1}?",
        "orgnr.format": "organisation number {0} is not of the form NNNNNN-NNNN",
        "orgnr.checksum": "organisation number {0} has a wrong check digit",
        "orgnr.prefix": "organisation number {0} does not start with 222000-, as a samordningsförbund's does",
        "split.region": "{0}: the region pays {1}, but half of the state's contribution is {2} (difference {3})",
        "split.municipal_total":
            "{0}: the municipalities pay {1} together, but half of the state's contribution is {2} (difference {3})",
        "split.municipal_member": "{1}: {0} pays {2}, but its share by the split key is {3} (difference {4})",
        "split.key_unusable":
            "{0}: the municipal split key ({1}) cannot be used: a population or share is missing for a municipality",
        "equity.negative": "{0}: closing equity {1} is below zero; a federation may not borrow",
        "deficit.no_reason":
            "{0}: a negative result of {1} needs a stated reason (deficitReason); opening equity is {2}",
        "cap.exceeded": "{0}: closing equity {1} exceeds the cap {2} ({3} of member contributions {4}) by {5}",
        "cap.exceeded_assumed":
            "{0}: closing equity {1} exceeds the cap {2} ({3} of member contributions {4}) by {5}; the step above 7 Mkr is assumed, set policy.equityCap to the federation's own figure",
        "floor.below": "{0}: closing equity {1} is below the policy's floor {2} by {3}",
        "admin.over": "{0}: administration is {1} of total costs, above the policy's maximum {2} ({3} of {4})",
        "individual.under":
            "{0}: individual-targeted initiatives take {1} of member contributions, below the policy's minimum {2} ({3} of {4})",
        "individual.undetermined":
            "{0}: individual-targeted initiatives take {1} of member contributions (minimum {2}), but {5} of operations is not linked to any initiative, so the share cannot be judged",
        "declared.mismatch": "{1}: the plan declares {0} = {2}, but its lines give {3} (difference {4})",
        "declared.figure.opening_equity": "\"opening equity\"",
        "declared.figure.total_contributions": "\"total member contributions\"",
        "declared.figure.total_other_income": "\"total other income\"",
        "declared.figure.total_income": "\"total income\"",
        "declared.figure.funds_available": "\"funds available\"",
        "declared.figure.total_costs": "\"total costs\"",
        "declared.figure.result": "\"result for the year\"",
        "declared.figure.period_result": "\"result for the period\"",
        "declared.figure.closing_equity": "\"closing equity\"",
        "declared.figure.equity": "\"equity\"",
        "declared.share_mismatch":
            "{0}: the plan states administration is {1} of total costs, but its lines give {2} ({3} of {4})",
        "balance.mismatch": "{0}: assets {1} do not equal equity {2} plus liabilities {3} = {4} (difference {5})",
        "initiative.end_before_start": "{0} ends ({2}) before it starts ({1})",
        "initiative.cost_outside": "{0} is funded with {2} in {1}, outside its period {3} – {4}",
        "initiative.grant_outside": "{0} is granted {2} for {1}, outside its period {3} – {4}",
        "initiative.no_end": "{0} has no end date; funded initiatives are to be time-bound",
        "initiative.few_members":
            "{0} lists fewer than two members taking part ({1}); a coordinated initiative involves at least two",
        "horizon.short":
            "the plan covers {0} budget and plan years; a plan covers the budget year and at least two plan years",
    ]
}
