/// A year's member contributions, in file order, held by column: 13 bytes a contribution
/// (its sum, its place, its precision and whether it was derived) instead of 32 for a
/// ``Contribution``, whose member id alone is 16.
///
/// A federation of 150 000 municipalities writes one contribution per member per year, nearly
/// always in the members' order: the ids are then the plan's own list of member ids, one array
/// shared by every year (see ``Builder``). Reading gives each ``Contribution`` as it was written.
public struct Contributions: RandomAccessCollection, Sendable {
    /// `ids[i]` is the member id of contribution `i`; may be longer than the contributions (a
    /// shared list of the plan's member ids, of which a year lists the first ones).
    private var ids: [String]
    private var sums: [Money]
    /// Each place's offset: an array of a type the plan already makes, since a new array type
    /// is one more generic type for the runtime to make when a small plan starts.
    private var places: [UInt32]
    /// The precision's power of ten in the low bits, ``derivedBit`` for a derived amount.
    private var details: [UInt8]

    private static let derivedBit: UInt8 = 0x80
    /// True when contribution `i` is for the plan's member `i`, every one: made by a
    /// ``Builder`` from the plan's member ids whose contributions followed them throughout.
    private(set) var followsMembers = false

    public init() {
        ids = []
        sums = []
        places = []
        details = []
    }

    public init(_ list: [Contribution]) {
        self.init()
        reserveCapacity(list.count)
        for contribution in list { append(contribution) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { sums.count }

    @inline(__always)
    public subscript(position: Int) -> Contribution {
        let detail = details[position]
        return Contribution(
            memberID: ids[position],
            amount: Amount(
                money: sums[position], ref: SourceRef(offset: Int(places[position])), precisionDigits: detail & 0x1F),
            derived: detail & Self.derivedBit != 0)
    }

    /// Contribution `position`'s member id, read without making the contribution.
    func memberID(at position: Int) -> String { ids[position] }
    /// Contribution `position`'s sum, read without making the contribution.
    func money(at position: Int) -> Money { sums[position] }
    /// Contribution `position`'s amount, read without its member id.
    func amount(at position: Int) -> Amount {
        Amount(
            money: sums[position], ref: SourceRef(offset: Int(places[position])),
            precisionDigits: details[position] & 0x1F)
    }

    /// The bytes held for each contribution besides its member id.
    static var bytesPerContribution: Int {
        MemoryLayout<Money>.stride + MemoryLayout<SourceRef>.stride + MemoryLayout<UInt8>.stride
    }

    /// The list the member ids are read from (tests check what it shares).
    var memberIDStorage: [String] { ids }

    mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        sums.reserveCapacity(count)
        places.reserveCapacity(count)
        details.reserveCapacity(count)
    }

    mutating func append(_ contribution: Contribution) {
        ids.append(contribution.memberID)
        appendAmount(contribution.amount, derived: contribution.derived)
    }

    private mutating func appendAmount(_ amount: Amount, derived: Bool) {
        sums.append(amount.money)
        places.append(UInt32(clamping: amount.ref.offset))
        details.append(amount.precisionDigits | (derived ? Self.derivedBit : 0))
    }

    /// Builds a year's contributions, keeping the plan's member ids as the ids for as long as
    /// the contributions follow the members' order: no id is stored until one differs. The
    /// columns are the builder's own until the end (fewer steps for each of 2 million appends).
    struct Builder {
        private let shared: [String]
        /// True when `shared` are the plan's members' ids, in order.
        private let areMembers: Bool
        /// True while contribution `i` is for `shared[i]`; then `ids` is empty.
        private var sharing = true
        private var ids: [String] = []
        private var sums: [Money] = []
        private var places: [UInt32] = []
        private var details: [UInt8] = []

        /// `areMembers`: `memberIDs` are the plan's members' ids, in order (not a year's own list).
        init(memberIDs: [String], areMembers: Bool, capacity: Int) {
            shared = memberIDs
            self.areMembers = areMembers
            sums.reserveCapacity(capacity)
            places.reserveCapacity(capacity)
            details.reserveCapacity(capacity)
        }

        /// True while the next contribution, if its id is `bytes`, keeps to the shared ids: it
        /// is then added by ``appendShared(amount:)`` without its id made as a string (a
        /// federation of 150 000 municipalities made one for each, every year).
        func nextSharedID(is bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let index = sums.count
            guard sharing, index < shared.count else { return false }
            var id = shared[index]
            return id.withUTF8 { SWAR.equal($0, bytes) }
        }

        /// ``nextSharedID(is:)`` for the key whose closing quote is at `closing` in `bytes`, read
        /// where it ends against `ids`, the shared ids' bytes; false says nothing (the caller then
        /// asks ``nextSharedID(is:)`` with the key's bytes).
        func nextSharedIDIsKey(closingAt closing: Int, in bytes: UnsafeBufferPointer<UInt8>, ids: MemberIDBytes) -> Bool
        {
            let index = sums.count
            guard sharing, areMembers, index < shared.count else { return false }
            return ids.isKey(index, closingAt: closing, in: bytes)
        }

        /// Adds the contribution of the next shared id (``nextSharedID(is:)`` said so).
        mutating func appendShared(amount: Amount) {
            sums.append(amount.money)
            // The offset came from 32 bits (``SourceRef``): kept exactly.
            places.append(UInt32(truncatingIfNeeded: amount.ref.offset))
            details.append(amount.precisionDigits)
        }

        mutating func append(memberID: String, amount: Amount) {
            let index = sums.count
            if sharing && !(index < shared.count && shared[index] == memberID) {
                // The first id out of the members' order: from here on each id is stored.
                sharing = false
                ids = Array(shared[..<index])
                ids.reserveCapacity(sums.capacity)
            }
            if !sharing { ids.append(memberID) }
            appendShared(amount: amount)
        }

        var contributions: Contributions {
            var made = Contributions()
            made.ids = sharing ? shared : ids
            made.sums = sums
            made.places = places
            made.details = details
            made.followsMembers = sharing && areMembers
            return made
        }
    }
}
