/// A finding the federation's board has accepted on purpose, as written in the plan's `waivers`.
///
/// A waiver names a rule and where it applies (a year, a JSON Pointer, or both), the reason,
/// the board decision it rests on (e.g. `§ 12, 2026-03-14`) and when it expires. A waived
/// finding is still reported, marked as waived, but does not fail the run.
public struct Waiver: Sendable, Equatable {
    public let ruleID: String
    /// The year whose findings it accepts, if it is limited to one.
    public let year: Int?
    /// The JSON Pointer (as text) of the part of the plan it accepts findings in, and below.
    public let pointer: String?
    public let reason: String?
    public let decision: String?
    public let expires: PlanDate?
    /// Its position in `waivers`: the waiver is `/waivers/<index>`.
    public let index: Int
    /// The waiver object in the plan file.
    public let ref: SourceRef

    public init(
        ruleID: String, year: Int?, pointer: String?, reason: String?, decision: String?,
        expires: PlanDate?, index: Int, ref: SourceRef
    ) {
        self.ruleID = ruleID
        self.year = year
        self.pointer = pointer
        self.reason = reason
        self.decision = decision
        self.expires = expires
        self.index = index
        self.ref = ref
    }

    /// `/waivers/<index>`, the waiver's JSON Pointer.
    public var pointerInPlan: String { "/waivers/" + String(index) }

    /// A waiver counts only with both a reason and the board decision behind it.
    public var isComplete: Bool { !Self.isBlank(reason) && !Self.isBlank(decision) }

    /// True for no text, or only whitespace. A text whose first scalar is not whitespace is
    /// settled by it (a character is whitespace when its first scalar is): walking the text as
    /// characters cost the waiver stage a sixth of its time on a plan with 150 000 waivers.
    static func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        if let first = text.unicodeScalars.first, !isWhitespace(first) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// Unicode's White_Space property, listed: the scalars `Character.isWhitespace` accepts.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// True for a complete waiver with an expiry date not yet past: one the waiver stage has
    /// nothing to say about (``WaiverStage/problem(_:today:context:)`` gives nil for it).
    func isInForce(on today: PlanDate) -> Bool {
        guard let expires else { return false }
        return today <= expires && isComplete
    }

    /// True once `today` is past the expiry date; a waiver holds through the day it expires.
    public func isExpired(on today: PlanDate) -> Bool {
        guard let expires else { return false }
        return today > expires
    }

    /// True when the waiver is about this finding: same rule, same year if given, and at or
    /// under the pointer if given.
    public func matches(_ finding: Finding) -> Bool {
        guard finding.ruleID == ruleID else { return false }
        if let year, finding.year != year { return false }
        if let pointer {
            let place = finding.location.pointer.description
            guard place == pointer || place.hasPrefix(pointer + "/") else { return false }
        }
        return true
    }
}
