import Foundation

/// Where the webhook's secrets come from: the config file (only when nobody else can read it) or
/// a command that prints the secret (`pass show shop/ig-secret`), run without a shell.
/// Errors name the key and the file, never the secret.
public enum WebhookSecrets {
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// `[section] KEY` from the config, else the first line printed by `[section] KEY_command`;
    /// nil when neither is set.
    public static func secret(_ key: String, section: String, config: Config) throws -> [UInt8]? {
        if let value = config["\(section).\(key)"] {
            try refuseIfOthersCanRead(config.file, key: "[\(section)] \(key)")
            return value.isEmpty ? nil : Array(value.utf8)
        }
        if let command = config["\(section).\(key)_command"], !command.isEmpty {
            return try run(command, key: "[\(section)] \(key)_command")
        }
        return nil
    }

    /// A secret may sit in the config only when the file is not readable by others (0600, or
    /// 0640 with the web server's group).
    static func refuseIfOthersCanRead(_ path: String, key: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if info.st_mode & S_IROTH != 0 {
            throw Problem(description: "\(path) holds \(key) but everyone can read it: chmod o-r \(path), or use \(key)_command")
        }
    }

    /// Runs `command` split on spaces (no shell, so no quoting or expansion) and returns its
    /// first line of output.
    static func run(_ command: String, key: String, timeout: TimeInterval = 10) throws -> [UInt8] {
        let words = command.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let program = words.first else { throw Problem(description: "\(key) is empty") }
        let process = Process()
        if program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program)
        } else {
            guard let found = findInPath(program) else { throw Problem(description: "\(key): \(program) not found in PATH") }
            process.executableURL = URL(fileURLWithPath: found)
        }
        process.arguments = Array(words.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { throw Problem(description: "\(key): cannot run \(program): \(error.localizedDescription)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            throw Problem(description: "\(key): \(program) did not finish in \(Int(timeout))s")
        }
        guard process.terminationStatus == 0 else { throw Problem(description: "\(key): \(program) exited with status \(process.terminationStatus)") }
        let line = data.prefix { $0 != UInt8(ascii: "\n") }
        let secret = Array(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
        guard !secret.isEmpty else { throw Problem(description: "\(key): \(program) printed nothing") }
        return secret
    }

    static func findInPath(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
