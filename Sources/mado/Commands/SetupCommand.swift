import Foundation
import MadoCore
import MadoUI

/// `mado setup`: the questions a shop owner answers once — the shop's name and support address,
/// its time zone, and who the current Unix user is as an agent. Answers come from flags, else from
/// the terminal (standard input, so a script can pipe them too). The config file keeps every other
/// line; the old file is kept as `config.bak` when it changes.
enum SetupCommand {
    static let valued: Set<String> = ["shop-name", "shop-address", "timezone", "login", "name", "email"]

    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(valued), flags: [])
        guard arguments.positional.isEmpty else {
            throw Arguments.UsageError(description: "Usage: mado setup [--shop-name NAME] [--shop-address ADDR] [--timezone ZONE] [--login LOGIN] [--name NAME] [--email ADDR]")
        }
        let environment = ProcessInfo.processInfo.environment
        let path = environment["MADO_CONFIG"] ?? Config.directory(environment: environment) + "/config"
        let existingText = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        // A file with a broken line is the user's to fix; setup never rewrites what it cannot read.
        let existing = try existingText.map { try Config.parse($0, file: path) } ?? Config(file: path)
        let unixUser = environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
        let storePath = Commands.storePath(arguments)
        let store = try Store(path: storePath, create: true)
        let strings = UIStrings.forEnvironment(environment)
        var prompter = Prompter(arguments: arguments, strings: strings)

        print(strings.setupIntro(config: path, store: storePath))
        let shopName = try prompter.ask("shop-name", default: existing["shop.name"])
        let shopAddress = try prompter.ask("shop-address", default: existing["shop.address"]) { value in
            value.contains("@") && !value.contains(" ") ? nil : strings.setupAddressProblem
        }
        let timeZone = try prompter.ask("timezone", default: existing["shop.timezone"] ?? TimeZone.current.identifier) { value in
            TimeZone(identifier: value) == nil ? strings.setupTimeZoneProblem : nil
        }
        let login = try prompter.ask("login", unixUser: unixUser, default: existing.section("agents")[unixUser] ?? unixUser) { value in
            value.allSatisfy { $0.isLetter || $0.isNumber || "._-".contains($0) } ? nil : strings.setupLoginProblem
        }
        let known = try store.agent(login: login)
        let name = try prompter.ask("name", default: known?.name)
        let email = try prompter.ask("email", default: known?.email ?? "", optional: true)

        let changes: [(section: String, key: String, value: String)] = [
            ("shop", "name", shopName), ("shop", "address", shopAddress), ("shop", "timezone", timeZone), ("agents", unixUser, login),
        ]
        let newText = ConfigEditor.set(changes, in: existingText ?? "")
        if newText != existingText {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if let existingText {
                try Data(existingText.utf8).write(to: URL(fileURLWithPath: path + ".bak"))
                print(strings.setupPreviousConfigKept(path))
            }
            try Data(newText.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
        if let known {
            var agent = known
            if agent.name != name { agent = try store.updateAgent(agent, field: "name", value: name) }
            if (agent.email ?? "") != email { agent = try store.updateAgent(agent, field: "email", value: email) }
        } else {
            try store.addAgent(login: login, name: name, email: email.isEmpty ? nil : email)
        }
        let shop = ShopSettings(config: try Config.load())
        print(strings.setupDone(from: "\"\(name) (\(shopName))\" <\(shop.fromAddress(for: Agent(id: 0, login: login, name: name, email: email)))>"))
        return 0
    }
}

/// Asks one question at a time on the terminal, unless a flag already answered it.
struct Prompter {
    let arguments: Arguments
    let strings: UIStrings

    mutating func ask(_ flag: String, unixUser: String = "", default defaultValue: String?, optional: Bool = false,
                      check: (String) -> String? = { _ in nil }) throws -> String {
        let question = strings.setupQuestion(flag, unixUser: unixUser)
        if let given = arguments[flag]?.trimmingCharacters(in: .whitespaces) {
            if given.isEmpty && optional { return "" }
            guard !given.isEmpty else { throw Arguments.UsageError(description: "--\(flag) cannot be empty.") }
            if let problem = check(given) { throw Arguments.UsageError(description: "--\(flag) \(given): \(problem).") }
            return given
        }
        let suggestion = defaultValue.flatMap { $0.isEmpty ? nil : $0 }
        while true {
            print(question + (suggestion.map { " [\($0)]" } ?? "") + ": ", terminator: "")
            fflush(nil)
            guard let line = readLine() else {
                print("")
                if let suggestion { return suggestion }
                if optional { return "" }
                throw Arguments.UsageError(description: "mado setup needs an answer for '\(question)' (or --\(flag) VALUE).")
            }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if answer.isEmpty {
                if let suggestion { return suggestion }
                if optional { return "" }
                print("  " + strings.setupAnswerNeeded)
                continue
            }
            if let problem = check(answer) {
                print("  \(problem).")
                continue
            }
            return answer
        }
    }
}
