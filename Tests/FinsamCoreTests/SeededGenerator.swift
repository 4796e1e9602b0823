/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast, seedable generator, so property tests
/// draw the same "random" cases on every run and a failure names the seed that reproduces it.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range`, more often near its ends and near small numbers than uniform
    /// drawing would give: that is where arithmetic breaks.
    mutating func skewed(_ range: ClosedRange<Int64>) -> Int64 {
        switch Int.random(in: 0..<8, using: &self) {
        case 0: return range.lowerBound
        case 1: return range.upperBound
        case 2, 3:
            let small = Int64.random(in: 0...1_000, using: &self)
            return min(range.upperBound, max(range.lowerBound, range.lowerBound + small))
        case 4:
            // A random number of digits, so every magnitude is drawn as often.
            let digits = Int.random(in: 0...18, using: &self)
            var bound: Int64 = 1
            for _ in 0..<digits { bound *= 10 }
            let value = Int64.random(in: 0...bound, using: &self)
            return min(range.upperBound, max(range.lowerBound, value))
        default: return Int64.random(in: range, using: &self)
        }
    }
}

/// The seeds the property tests run; each seed is one reproducible stream of cases.
enum PropertySeeds {
    static let all: [UInt64] = [1, 2, 3, 42, 2_003_1210, 0xF1_45A1]
}
