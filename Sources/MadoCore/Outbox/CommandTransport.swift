import Foundation

/// Hands a payload to an outside command on standard input (`sendmail -t -i`, msmtp, or the
/// Instagram send script) and reports what it said. Recipients are never on the command line:
/// sendmail -t reads them from the headers, so no customer data can become a command option.
public struct CommandTransport: Sendable {
    public var command: String

    public struct Result: Sendable, Equatable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
        public var succeeded: Bool { status == 0 }
    }

    public init(command: String) {
        self.command = command
    }

    /// Runs the command with `payload` on its standard input. A command still running after
    /// `timeout` seconds is killed (its whole process group) and reported as timed out.
    public func send(_ payload: [UInt8], timeout: TimeInterval = 60,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Read both outputs while writing, so a chatty command cannot block on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        // A command that exits without reading its input must not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let writer = input.fileHandleForWriting
        DispatchQueue.global().async {
            try? writer.write(contentsOf: Data(payload))
            try? writer.close()
        }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            // Process runs the command in a process group of its own: end it and its children.
            kill(-process.processIdentifier, SIGKILL)
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
            _ = group.wait(timeout: .now() + 2)
            throw TransportError.timedOut(command: command, seconds: timeout)
        }
        group.wait()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }
}

public enum TransportError: Error, CustomStringConvertible, Equatable {
    case timedOut(command: String, seconds: TimeInterval)

    public var description: String {
        switch self {
        case .timedOut(let command, let seconds):
            return "'\(command)' did not finish within \(Int(seconds)) s and was stopped; the reply may or may not have left (set [email] send_timeout to wait longer)"
        }
    }
}
