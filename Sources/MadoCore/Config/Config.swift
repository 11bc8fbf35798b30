import Foundation

public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// `~/.config/mado/config`: `key = value` lines under `[section]` headers, `#` comments.
///
///     theme = light
///     [agents]
///     hanako = hanako        # Unix user = agent login
///     [shop]
///     name = Flourist
///     addresses = support@flourist.example.jp
public struct Config: Sendable, Equatable {
    public var file: String
    /// "section.key" → value; keys before any section have no prefix.
    public var values: [String: String]

    public init(file: String = "(none)", values: [String: String] = [:]) {
        self.file = file
        self.values = values
    }

    public subscript(key: String) -> String? { values[key] }

    /// All keys of a section, without the section prefix.
    public func section(_ name: String) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in values where key.hasPrefix(name + ".") { result[String(key.dropFirst(name.count + 1))] = value }
        return result
    }

    public static func parse(_ text: String, file: String) throws -> Config {
        var config = Config(file: file)
        var section = ""
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw ConfigError(file: file, line: index + 1, message: "a section header looks like [name]")
                }
                section = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces).lowercased()
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw ConfigError(file: file, line: index + 1, message: "expected 'key = value', got '\(line)'")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            // A comment after a value needs a space before the #, so '#' can appear inside values.
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound].trimmingCharacters(in: .whitespaces) }
            guard !key.isEmpty else { throw ConfigError(file: file, line: index + 1, message: "empty key") }
            config.values[section.isEmpty ? key : section + "." + key] = value
        }
        return config
    }

    /// `$XDG_CONFIG_HOME/mado`, or `~/.config/mado`.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/mado" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/mado"
    }

    /// The user's config, or an empty one when there is no file. `MADO_CONFIG` names another file.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Config {
        let path = environment["MADO_CONFIG"] ?? directory(environment: environment) + "/config"
        guard FileManager.default.fileExists(atPath: path) else { return Config(file: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, line: 0, message: "cannot be read")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }
}
