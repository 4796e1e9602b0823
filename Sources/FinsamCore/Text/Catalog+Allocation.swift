/// Messages of `finsam allocate`: the state's allocation model.
extension Catalog {
    static let allocationEnglish: [String: String] = [:]
    static let allocationSwedish: [String: String] = [:]
}
