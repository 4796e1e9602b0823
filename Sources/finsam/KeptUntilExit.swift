import FinsamCore

/// Results a command is done with, kept until the process exits instead of freed when the
/// command returns: the kernel takes back a process's memory at once, while freeing a large
/// plan's findings, waivers and strings one object at a time cost about a twentieth of checking
/// a plan with 150 000 waived findings. Commands run once per process, so nothing accumulates;
/// the language server, which runs for long, never calls this.
enum KeptUntilExit {
    private final class Box {
        let value: [ValidatedInput]
        init(_ value: [ValidatedInput]) { self.value = value }
    }

    static func keep(_ value: [ValidatedInput]) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
