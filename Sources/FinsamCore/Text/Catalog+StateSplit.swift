/// Messages of the split when the state is two members (Försäkringskassan pays for
/// Arbetsförmedlingen too) and of the split on a follow-up's contributions received to date.
let stateSplitEnglish: [String: String] = [
    "outcome_split.received": "contributions received by {0}: {1}",
    "report.split.state_row": "The state ({0})",
]

let stateSplitSwedish: [String: String] = [
    "outcome_split.received": "medlemsbidrag inbetalda per {0}: {1}",
    "report.split.state_row": "Staten ({0})",
]
