// finsam-interleave: times short commands in turn, round after round, and prints each one's
// median wall time and its ratio to the first command's.
//
//   finsam-interleave ROUNDS COMMAND [ARGS...] [';' COMMAND [ARGS...]]...
//
// hyperfine times one command's runs together, then the next's; on a shared machine the speed
// drifts between those batches by more than the few tenths of a millisecond a start-up ratio
// turns on. Taking the commands in turn puts every command under the same drift. Output goes
// to /dev/null; 20 rounds are run first and not counted.
#if canImport(Glibc)
    import Glibc
#endif

/// Milliseconds on the monotonic clock.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
}

/// Runs `command` with its output discarded and waits for it; false if it could not start.
func run(_ command: [String], _ actions: inout posix_spawn_file_actions_t) -> Bool {
    var arguments: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
    defer { for argument in arguments { free(argument) } }
    var pid = pid_t()
    guard let path = arguments[0], posix_spawn(&pid, path, &actions, nil, &arguments, environ) == 0 else {
        return false
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return true
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let rounds = arguments.first.flatMap({ Int($0) }), rounds > 0, arguments.count > 1 else {
    print("usage: finsam-interleave ROUNDS COMMAND [ARGS...] [';' COMMAND [ARGS...]]...")
    exit(64)
}
let commands = arguments.dropFirst().split(separator: ";").map(Array.init)
var actions = posix_spawn_file_actions_t()
posix_spawn_file_actions_init(&actions)
posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

var times = [[Double]](repeating: [], count: commands.count)
for round in -20..<rounds {
    for (index, command) in commands.enumerated() {
        let start = now()
        guard run(command, &actions) else {
            print("cannot run \(command.joined(separator: " "))")
            exit(1)
        }
        if round >= 0 { times[index].append(now() - start) }
    }
}
let medians = times.map { $0.sorted()[$0.count / 2] }
for (command, median) in zip(commands, medians) {
    let ratio = median / medians[0]
    print("\(format3(median)) ms  \(format3(ratio))  \(command.joined(separator: " "))")
}

/// A number with three decimals (no Foundation here).
func format3(_ value: Double) -> String {
    let thousandths = Int((value * 1_000).rounded())
    let fraction = String(thousandths % 1_000)
    return String(thousandths / 1_000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
}
