import MadoCore
/// A command line split into options (`--name value`, `--name=value`), flags and positional words.
/// Each command says which options take values and which are flags; anything else is an error.
struct Arguments {
    var options: [String: String] = [:]
    var flags: Set<String> = []
    var positional: [String] = []

    /// MadoCore's, so a channel's own import command (in its folder) is told apart the same way.
    typealias UsageError = MadoCore.UsageError

    init(_ words: [String], valued: Set<String>, flags allowedFlags: Set<String>) throws {
        var index = 0
        var onlyPositional = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositional || !word.hasPrefix("--") || word == "-" {
                positional.append(word)
                continue
            }
            if word == "--" {
                onlyPositional = true
                continue
            }
            var name = String(word.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if valued.contains(name) {
                if value == nil {
                    guard index < words.count else { throw UsageError(description: "--\(name) needs a value.") }
                    value = words[index]
                    index += 1
                }
                options[name] = value
            } else if allowedFlags.contains(name), value == nil {
                flags.insert(name)
            } else {
                throw UsageError(description: "Unknown option --\(name).")
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    subscript(option: String) -> String? { options[option] }
}
