import Foundation
import MadoCore

/// `mado agent add LOGIN --name NAME [--email ADDR] [--signature-file F] [--instagram-signature TEXT] [--line-signature TEXT]`,
/// `mado agent list`.
enum AgentCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["name", "email", "signature-file"])
                                        .union(Channels.all.filter { $0.signOffSetting != nil }.map { $0.channel.rawValue + "-signature" }), flags: [])
        let store = try Commands.openStore(arguments, create: true)
        switch arguments.positional.first {
        case "list":
            for agent in try store.agents() {
                print([agent.login, agent.name, agent.email ?? "-"].joined(separator: "\t"))
            }
            return 0
        case "add" where arguments.positional.count == 2:
            guard let name = arguments["name"], !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Arguments.UsageError(description: "mado agent add needs --name \"Name customers see\".")
            }
            let agent = try store.addAgent(login: arguments.positional[1], name: name, email: arguments["email"])
            var signature: String?
            if let file = arguments["signature-file"] {
                guard let data = FileManager.default.contents(atPath: file) else { throw MailError.unreadable(file, "no such file") }
                signature = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
            }
            try store.setEmailSignature(agentID: agent.id, signature)
            // `--instagram-signature TEXT`, `--line-signature TEXT`: one per chat channel with a sign-off.
            for adapter in Channels.all where adapter.signOffSetting != nil {
                try store.setSignOff(agentID: agent.id, channel: adapter.channel, text: arguments[adapter.channel.rawValue + "-signature"])
            }
            print("added agent \(agent.login) (\(agent.name))")
            return 0
        default:
            throw Arguments.UsageError(description: "Usage: mado agent add LOGIN --name NAME [--email ADDR] [--signature-file F] [--instagram-signature TEXT] [--line-signature TEXT] | mado agent list")
        }
    }
}
