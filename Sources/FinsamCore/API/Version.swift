/// finsam's own version, as `finsam --version` prints it and receipts record it.
public enum FinsamVersion {
    public static let current = "0.1.0"
}
