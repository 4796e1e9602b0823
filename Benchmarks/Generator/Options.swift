#if canImport(Glibc)
    import Glibc
#endif

/// SplitMix64: a tiny, well-mixed generator whose sequence is fixed by its seed.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: UInt64) -> UInt64 { bound == 0 ? 0 : next() % bound }
}

/// The command line: a shape by name (default `costs`), and any of its sizes overridden.
struct Options {
    var shapeName = "costs"
    var scale = 1.0
    var initiatives: Int?
    var years: Int?
    var municipalities: Int?
    var seed: UInt64 = 1
    var minified = false
    /// The year every initiative ends (default: the plan's last year).
    var ends: Int?

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            var takesValue = true
            switch arguments[index] {
            case "--shape": shapeName = value
            case "--scale": scale = Double(value) ?? scale
            case "--initiatives": initiatives = Int(value)
            case "--years": years = Int(value).map { min(max($0, 1), 1000) }
            case "--municipalities": municipalities = Int(value).map { max($0, 1) }
            case "--seed": seed = UInt64(value) ?? seed
            case "--ends": ends = Int(value)
            case "--minified":
                minified = true
                takesValue = false
            default: takesValue = false
            }
            index += takesValue ? 2 : 1
        }
    }

    /// The named shape scaled, with the sizes given on the command line in place of its own.
    func resolvedShape() -> Shape? {
        guard var shape = Shape.named.first(where: { $0.name == shapeName }) else { return nil }
        shape.scale(by: scale)
        if let initiatives {
            shape.initiatives = max(initiatives, 1)
            if shape.name == "costs" { shape.linesPerYear = shape.initiatives }
        }
        if let years { shape.years = years }
        if let municipalities { shape.municipalities = municipalities }
        if let ends { shape.ends = ends }
        return shape
    }
}
